import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

/**
 * The CSS says "inline start" and "inline end", never left or right, so a story in a right-to-left
 * language needs no CSS of its own. tests/e2e/rtl.spec.ts turns pages right to left, but only the
 * parts the story under test shows: a phase mark, say, only in a story with phases. This reads all of it.
 */
const SRC = join(import.meta.dirname, "../../src");
const PHYSICAL =
  /\b(?:margin|padding|border|inset)-(?:left|right)\b|(?<![\w-])(?:left|right)\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;

/** The CSS of `file`: a stylesheet whole, a component's <style> blocks. */
function cssOf(file: string): string {
  const text = readFileSync(join(SRC, file), "utf8");
  if (file.endsWith(".css")) return text;
  return [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join("\n");
}

test("no CSS in src/ sets a left or right side; it uses logical properties", () => {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((file) =>
    /\.(astro|css)$/.test(file),
  );
  const physical = files.flatMap((file) =>
    cssOf(file)
      .split("\n")
      .filter((line) => PHYSICAL.test(line))
      .map((line) => `${file}: ${line.trim()}`),
  );
  expect(files.length).toBeGreaterThan(10);
  expect(physical, "use margin-inline-start, border-inline-end, inset-inline-start… instead").toEqual([]);
});
