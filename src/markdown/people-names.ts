import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { slugFromPath } from "../lib/content/slug";
import type { PersonNames } from "./rehype-link-people";

/**
 * The names to link in Markdown, read from content/people before the content layer runs
 * (the Markdown pipeline is configured first). The schema still validates these files.
 */
export function readPeopleNames(contentDir: string): PersonNames[] {
  const folder = join(contentDir, "people");
  // A missing folder is reported, with its path, by the content check during the build.
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".md"),
  );
  return files.map((file) => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(folder, file), "utf8"));
    const { name, asciiName, aliases, unnamed } = frontmatter as {
      name?: string;
      asciiName?: string;
      aliases?: string[];
      unnamed?: boolean;
    };
    // An unnamed official's "name" is a role; articles word roles too many ways to match safely.
    const names = unnamed ? (aliases ?? []) : [name, asciiName, ...(aliases ?? [])];
    return { slug: slugFromPath(file), names: names.filter((n): n is string => Boolean(n)) };
  });
}
