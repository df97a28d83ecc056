import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { searchIndexTag } from "../../src/lib/search/index-tag";

let root: string;
let inputs: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "search-index-tag-"));
  mkdirSync(join(root, "content/events"), { recursive: true });
  writeFileSync(join(root, "content/events/a.md"), "---\ntitle: A\n---\nText.\n");
  writeFileSync(join(root, "content/events/b.md"), "---\ntitle: B\n---\nText.\n");
  writeFileSync(join(root, "config.mjs"), "export default {};\n");
  inputs = [join(root, "content"), join(root, "config.mjs")];
});

afterEach(() => rmSync(root, { recursive: true }));

test("the same inputs give the same short tag", () => {
  const tag = searchIndexTag(inputs);
  expect(tag).toMatch(/^[0-9a-f]{12}$/);
  expect(searchIndexTag(inputs)).toBe(tag);
});

test("the tag changes when a file's text changes", () => {
  const before = searchIndexTag(inputs);
  writeFileSync(join(root, "content/events/b.md"), "---\ntitle: B\n---\nOther text.\n");
  expect(searchIndexTag(inputs)).not.toBe(before);
});

test("the tag changes when a file is renamed, added or a single input file changes", () => {
  const before = searchIndexTag(inputs);
  renameSync(join(root, "content/events/b.md"), join(root, "content/events/c.md"));
  const renamed = searchIndexTag(inputs);
  writeFileSync(join(root, "content/events/d.md"), "---\ntitle: D\n---\n");
  const added = searchIndexTag(inputs);
  writeFileSync(join(root, "config.mjs"), "export default { site: 'x' };\n");
  const configured = searchIndexTag(inputs);
  expect(new Set([before, renamed, added, configured]).size).toBe(4);
});
