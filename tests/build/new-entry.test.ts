import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildFixture } from "./build-fixture";

/**
 * The scaffold commands as an editor runs them (`npm run new:event -- …`), into a copy of the good
 * fixture: what they print, their exit status, and an event they write building with the fixture.
 */

const content = join(mkdtempSync(join(tmpdir(), "new-entry-build-")), "content");
cpSync("tests/fixtures/good-content", content, { recursive: true });
afterAll(() => rmSync(join(content, ".."), { recursive: true, force: true }));

function npmRun(script: string, args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, TIMELINE_CONTENT_DIR: content },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const eventArgs = [
  ...["Minister visits the port", "--date", "2025-07-01", "--time", "09:30"],
  ...["--time-zone", "Asia/Ho_Chi_Minh", "--kind", "ministerial-meeting", "--participant", "test-person"],
  ...["--summary", "On 1 July the minister visited the port, the test article reports."],
  ...["--source", "test-article", "--passage", "Minister Test Person met a counterpart"],
];
const slug = "2025-07-01-minister-visits-the-port";

test("new:event and new:source write their files, print path and what is left, and the fixture builds with them", () => {
  const run = npmRun("new:event", eventArgs);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const path = join(content, "events", `${slug}.md`);
  expect(run.stdout).toContain(`Wrote ${path}\nStill to fill in:\n  - the body below the frontmatter`);
  const source = npmRun("new:source", [
    ...["Port report", "--url", "https://news.example/port-report"],
    ...["--publisher", "Example News", "--date", "2025-07-02"],
  ]);
  expect(source.status).toBe(0);
  const sourcePath = join(content, "sources", "port-report.md");
  expect(source.stdout).toContain(`Wrote ${sourcePath}`);

  // The editor writes the one thing left, the body; then the build takes the files as they are.
  const file = `${readFileSync(path, "utf8")}\nThe minister visited the port.\n`;
  const build = buildFixture([
    { file: relative(content, path), write: file },
    { file: relative(content, sourcePath), write: readFileSync(sourcePath, "utf8") },
  ]);
  try {
    expect(build.status).toBe(0);
    const page = readFileSync(join(build.outDir, "events", slug, "index.html"), "utf8");
    expect(page).toContain("Minister visits the port");
    expect(page).toContain('datetime="2025-07-01T09:30+07:00"');
    const sourcePage = readFileSync(join(build.outDir, "sources", "port-report", "index.html"), "utf8");
    expect(sourcePage).toContain('href="https://news.example/port-report"');
  } finally {
    rmSync(build.work, { recursive: true, force: true });
  }
});

test("what it leaves to fill in is what the build asks for", () => {
  const run = npmRun("new:event", ["Review", "--date", "2025-07", "--kind", "government-review"]);
  expect(run.stdout).toMatch(/Still to fill in:\n {2}- summary: .*\n {2}- citations: .*\n {2}- the body/);
  const path = join(content, "events", "2025-07-review.md");
  const build = buildFixture([{ file: relative(content, path), write: readFileSync(path, "utf8") }]);
  rmSync(build.work, { recursive: true, force: true });
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(/2025-07-review[\s\S]*summary[\s\S]*citations/);
});

test("an existing file: exits with 1, names it and leaves it as it was", () => {
  const path = join(content, "events", "2025-05-22-test-meeting.md");
  const before = readFileSync(path, "utf8");
  const run = npmRun("new:event", ["Test meeting", "--date", "2025-05-22", "--kind", "ministerial-meeting"]);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("new:event: content/events/2025-05-22-test-meeting.md already exists");
  expect(readFileSync(path, "utf8")).toBe(before);
});

test.each([
  [
    "new:person",
    ["Test Envoy", "--role", "Envoy", "--country", "US", "--town", "X"],
    "--town: unknown option",
  ],
  [
    "new:source",
    ["Report", "--url", "https://news.example/r", "--date", "2 July"],
    "--date: expected the day",
  ],
])("%s exits with 1 and names the wrong flag", (script, args, message) => {
  const run = npmRun(script, args);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(message);
  expect(run.stdout).toBe("");
});
