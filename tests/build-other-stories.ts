/**
 * Builds each of the other test stories (tests/other-stories.ts) into tests/.tmp/<name>-dist/
 * whenever dist/ is newer, before Playwright starts: its specs list one test per page of each story,
 * so the builds must exist when the tests are collected, before any web server starts. A story is
 * built from a copy under tests/.tmp/, so that Astro's cache beside the content folder stays out of
 * the repository. Its HTML is then validated as `npm run check:html` validates dist/: a story's own
 * settings (phases, a series, another language) reach markup the story in content/ may not. `npm run
 * test:e2e` runs it first.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { OTHER_STORIES, otherStoryDist } from "./other-stories.ts";

const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

for (const { name, content } of OTHER_STORIES) {
  const dist = otherStoryDist(name);
  if (modified(`${dist}index.html`) > modified("dist/index.html")) continue;
  const copy = `tests/.tmp/${name}-content`;
  rmSync(copy, { recursive: true, force: true });
  mkdirSync("tests/.tmp", { recursive: true });
  cpSync(content, copy, { recursive: true });
  console.log(`Building the test story ${name} into ${dist}`);
  execFileSync("npx", ["astro", "build", "--outDir", dist], {
    stdio: "inherit",
    env: { ...process.env, TIMELINE_CONTENT_DIR: copy },
  });
  execFileSync("npx", ["html-validate", `${dist}**/*.html`], { stdio: "inherit" });
}
