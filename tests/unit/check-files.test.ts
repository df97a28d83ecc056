import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkFiles, firstInvalidUtf8Line } from "../../src/lib/content/check-files";

test.each([
  ["UTF-8 text", Buffer.from("Việt Nam\nĐà Nẵng\n"), undefined],
  ["a Latin-1 byte on line 2", Buffer.from("line one\ncaf\xe9\n", "latin1"), 2],
  ["a cut multi-byte letter on line 3", Buffer.concat([Buffer.from("a\nb\n"), Buffer.from([0xe1, 0xbb])]), 3],
])("%s", (_, bytes, line) => expect(firstInvalidUtf8Line(bytes)).toBe(line));

let work = "";
afterEach(() => rmSync(work, { recursive: true, force: true }));

test("names every file the loader would skip and a missing folder, leaves hidden files alone", () => {
  work = mkdtempSync(join(tmpdir(), "check-files-"));
  mkdirSync(join(work, "events/2025"), { recursive: true });
  writeFileSync(join(work, "events/2025/a.md"), "ok");
  writeFileSync(join(work, "events/2025/b.markdown"), "dropped");
  writeFileSync(join(work, "events/.DS_Store"), "system");
  expect(checkFiles(work, ["events", "people"])).toEqual([
    "content/people/: no such folder; expected it (it may be empty), and check the glob base in src/content.config.ts",
    "content/events/2025/b.markdown: not read, since only files ending in .md are; expected the .md extension, or the file moved out of content/events/",
  ]);
});
