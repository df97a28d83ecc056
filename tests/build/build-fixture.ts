import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const goodContent = join(root, "tests/fixtures/good-content");
const astroBin = join(root, "node_modules/astro/bin/astro.mjs");

/** A change to the good fixture: replace text in a file, write a file (text or bytes), or delete a folder. */
export type Patch =
  | { file: string; replace: [string, string] }
  | { file: string; write: string | Uint8Array }
  | { remove: string };

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  /** The temporary folder; remove it when done. */
  work: string;
}

/** Builds the site from a patched copy of tests/fixtures/good-content, in a temporary folder. */
export function buildFixture(patches: Patch[] = []): BuildResult {
  const work = mkdtempSync(join(tmpdir(), "timeline-fixture-"));
  const content = join(work, "content");
  cpSync(goodContent, content, { recursive: true });
  for (const patch of patches) {
    if ("remove" in patch) {
      rmSync(join(content, patch.remove), { recursive: true });
    } else if ("write" in patch) {
      mkdirSync(dirname(join(content, patch.file)), { recursive: true });
      writeFileSync(join(content, patch.file), patch.write);
    } else {
      const path = join(content, patch.file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(patch.replace[0]))
        throw new Error(`fixture ${patch.file} has no "${patch.replace[0]}"`);
      writeFileSync(path, text.replace(...patch.replace));
    }
  }
  return { ...buildStory(content, join(work, "dist")), work };
}

/** Builds the story in the content folder `content` into `outDir`. */
export function buildStory(content: string, outDir: string): Omit<BuildResult, "work"> {
  const result = spawnSync(process.execPath, [astroBin, "build", "--outDir", outDir], {
    cwd: root,
    env: { ...process.env, TIMELINE_CONTENT_DIR: content, FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
