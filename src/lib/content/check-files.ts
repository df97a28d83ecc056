import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Checks on the content files themselves, which Astro's loader never reports: it reads only `.md`
 * files and drops any other without a word (`.markdown`, `.MD`, `.txt`), and it decodes bytes that
 * are not UTF-8 into replacement characters, publishing "�" where a letter was.
 * Hidden files (`.gitkeep`, `.DS_Store`) are the editor's or the system's, not content, and are left alone.
 */

const MARKDOWN = /\.md$/;

/** Every file under `folder`, as paths relative to `root`, hidden files and folders left out. */
function visibleFiles(root: string, folder: string): string[] {
  // A missing folder is reported by checkFiles, with the glob base to look at.
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.split("/").some((part) => part.startsWith(".")));
}

/** The line of the first byte sequence that is not UTF-8, or undefined when the text is UTF-8. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    return text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
  }
}

/** Problems with the files in each collection folder of `contentDir`, named as content/<folder>/<file>. */
export function checkFiles(contentDir: string, folders: readonly string[]): string[] {
  const missing = folders
    .filter((folder) => !existsSync(join(contentDir, folder)))
    .map(
      (folder) =>
        `content/${folder}/: no such folder; expected it (it may be empty), and check the glob base in src/content.config.ts`,
    );
  return missing.concat(
    folders.flatMap((folder) =>
      visibleFiles(contentDir, folder).flatMap((path) => {
        if (!MARKDOWN.test(path)) {
          return [
            `content/${path}: not read, since only files ending in .md are; expected the .md extension, or the file moved out of content/${folder}/`,
          ];
        }
        const line = firstInvalidUtf8Line(readFileSync(join(contentDir, path)));
        return line === undefined
          ? []
          : [
              `content/${path}:${line}: the file is not valid UTF-8; expected it saved as UTF-8 (without changing its words)`,
            ];
      }),
    ),
  );
}
