import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "../..");

test("a malformed BASE_PATH fails the build, naming the variable and what is expected", () => {
  // A folder of its own: were the check missing, the build would not overwrite dist/.
  const outDir = mkdtempSync(join(tmpdir(), "timeline-base-path-"));
  const astro = join(root, "node_modules/astro/bin/astro.mjs");
  const result = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: root,
    env: { ...process.env, BASE_PATH: "/interactive/2025 story/", FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
  });
  rmSync(outDir, { recursive: true, force: true });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}\n${result.stderr}`).toContain(
    'BASE_PATH: expected a URL path such as "/interactive/2025/story/"',
  );
});
