import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";

/*
 * No module in src/ imports one that imports it back, not even for types (STYLE.md): a cycle means
 * two files share one concern, and it makes the order modules load in matter.
 */

const SOURCE_EXTENSIONS = [".ts", ".astro"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_EXTENSIONS.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** The code that imports, without comments: all of a .ts file, the frontmatter of an .astro file. */
function importingCode(file: string, text: string): string {
  const code = file.endsWith(".astro") ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") : text;
  return code.replaceAll(/\/\*[\s\S]*?\*\//g, "").replaceAll(/^\s*\/\/.*$/gm, "");
}

/** Every module specifier: import/export … from "x", import "x", import("x"). */
function specifiersIn(code: string): string[] {
  const patterns = [
    /\b(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(?\s*["']([^"']+)["']/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

/** The file a relative specifier names, with or without its extension, or a folder's index; else nothing. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = join(dirname(from), specifier);
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((extension) => base + extension),
    ...SOURCE_EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find(
    (path) => SOURCE_EXTENSIONS.some((e) => path.endsWith(e)) && existsSync(path) && statSync(path).isFile(),
  );
}

type ImportGraph = Map<string, string[]>;

function importGraph(root: string): ImportGraph {
  return new Map(
    sourceFiles(root).map((file) => {
      const code = importingCode(file, readFileSync(file, "utf8"));
      const imported = specifiersIn(code).flatMap((specifier) => resolveImport(file, specifier) ?? []);
      return [file, [...new Set(imported)]];
    }),
  );
}

/**
 * One cycle per group of modules that reach each other (Tarjan's strongly connected components),
 * each as a path from its first file back to that file.
 */
function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group = stack.splice(stack.indexOf(file));
    if (group.length > 1 || graph.get(file)?.includes(file)) cycles.push(cycleThrough(group, graph));
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** The shortest path from the group's first file (by name) back to itself, inside the group. */
function cycleThrough(group: string[], graph: ImportGraph): string[] {
  const [start] = [...group].sort();
  const paths = new Map<string, string[]>([[start!, [start!]]]);
  const queue = [start!];
  for (const file of queue) {
    for (const next of graph.get(file) ?? []) {
      if (next === start) return [...paths.get(file)!, start!];
      if (group.includes(next) && !paths.has(next)) {
        paths.set(next, [...paths.get(file)!, next]);
        queue.push(next);
      }
    }
  }
  throw new Error(`no cycle through ${start}`);
}

describe("import cycles", () => {
  test("src/ has none", () => {
    const cycles = importCycles(importGraph("src")).map((cycle) => cycle.map((file) => relative(".", file)));
    expect(
      cycles.map((cycle) => cycle.join(" → ")),
      "modules that import each other",
    ).toEqual([]);
  });

  test.each([
    { name: "a pair", graph: { a: ["b"], b: ["a"] }, cycles: [["a", "b", "a"]] },
    { name: "a file importing itself", graph: { a: ["a"] }, cycles: [["a", "a"]] },
    {
      name: "a longer loop, named from its first file",
      graph: { c: ["a"], a: ["b"], b: ["c"] },
      cycles: [["a", "b", "c", "a"]],
    },
    { name: "a chain without a loop", graph: { a: ["b"], b: ["c"], c: [] }, cycles: [] },
    {
      name: "two separate loops",
      graph: { a: ["b"], b: ["a"], c: ["d"], d: ["c"] },
      cycles: [
        ["a", "b", "a"],
        ["c", "d", "c"],
      ],
    },
  ])("finds $name", ({ graph, cycles }) => {
    expect(importCycles(new Map(Object.entries(graph)))).toEqual(cycles);
  });

  test.each([
    { code: `import { a } from "./a";`, specifiers: ["./a"] },
    { code: `import type { B } from "../b";`, specifiers: ["../b"] },
    { code: `import {\n  c,\n  type D,\n} from "./c.ts";`, specifiers: ["./c.ts"] },
    { code: `import "../styles/global.css";`, specifiers: ["../styles/global.css"] },
    { code: `export { e } from "./e";`, specifiers: ["./e"] },
    { code: `const m = await import("./m");`, specifiers: ["./m"] },
    // A string that only looks like a path is not an import, nor is an import in a comment.
    { code: `const path = "/from/x";`, specifiers: [] },
    { code: `// import { old } from "./old";\n/* import "./older"; */`, specifiers: [] },
  ])("reads the imports of $code", ({ code, specifiers }) => {
    expect(specifiersIn(importingCode("module.ts", code))).toEqual(specifiers);
  });

  test("reads only the frontmatter of an .astro file", () => {
    const component = `---\nimport A from "./A.astro";\n---\n<script>\n  import "../scripts/b";\n</script>`;
    expect(specifiersIn(importingCode("C.astro", component))).toEqual(["./A.astro"]);
  });

  test.each([
    { specifier: "./urls", resolved: "src/lib/content/urls.ts" },
    { specifier: "./urls.ts", resolved: "src/lib/content/urls.ts" },
    { specifier: "../dates/event-date", resolved: "src/lib/dates/event-date.ts" },
    { specifier: "../../components/EventCard.astro", resolved: "src/components/EventCard.astro" },
    { specifier: "../../styles/global.css", resolved: undefined },
    { specifier: "astro:content", resolved: undefined },
  ])("resolves $specifier from src/lib/content/", ({ specifier, resolved }) => {
    expect(resolveImport("src/lib/content/timeline.ts", specifier)).toBe(resolved);
  });
});
