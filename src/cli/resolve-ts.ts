/**
 * Lets Node run our command-line tools on the TypeScript in src/, whose modules import each other
 * without an extension, as Vite and Astro resolve them and Node does not: a relative import that
 * Node cannot find is tried again with `.ts`. Loaded first with `node --import ./src/cli/resolve-ts.ts`.
 */
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith(".")) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
