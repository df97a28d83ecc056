import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "../..");

/** Builds the real site and its search index into a fresh folder, as `npm run build` does. */
function buildInto(outDir: string): void {
  execFileSync(join(root, "node_modules/.bin/astro"), ["build", "--outDir", outDir], {
    cwd: root,
    stdio: "pipe",
  });
}

/** Every file under `dir` with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((file) => join(file.parentPath, file.name))
      .map((path) => [relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex")])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

test("two clean builds produce byte-identical sites, search index included", () => {
  const work = mkdtempSync(join(tmpdir(), "timeline-deterministic-"));
  try {
    buildInto(join(work, "first"));
    buildInto(join(work, "second"));
    const first = fingerprint(join(work, "first"));
    expect(Object.keys(first).some((file) => file.startsWith("pagefind/"))).toBe(true);
    expect(fingerprint(join(work, "second"))).toEqual(first);
  } finally {
    rmSync(work, { recursive: true });
  }
});
