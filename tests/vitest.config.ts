import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    // Content builds run `astro build` in child processes; they need time, not speed.
    testTimeout: 120_000,
    // Builds share Astro's .astro/ folder, so test files run one after another.
    fileParallelism: false,
  },
});
