/**
 * Makes a story from a Knight Lab TimelineJS timeline: its JSON, or its Google Sheets template saved
 * as CSV (this site's own /timeline.csv included, whose extra columns restore every date exactly).
 * Writes story.yaml and an event file per slide into the content folder given, then prints what needs
 * an editor's attention. It never overwrites a file unless --force.
 *
 *   npm run import:timelinejs -- <file.json|file.csv> --out <content folder> [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { storyFromSlides, type ImportedStory } from "../lib/import/story-from-slides";
import { slidesFromCsv, slidesFromJson } from "../lib/import/timelinejs-slides";

const USAGE = "usage: npm run import:timelinejs -- <file.json|file.csv> --out <content folder> [--force]";

const yaml = (data: unknown) =>
  stringify(data, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });

/** Every file of the story, by its path in the content folder. */
function storyFiles({ settings, events }: ImportedStory): Map<string, string> {
  const files = new Map([
    ["story.yaml", `# Imported from TimelineJS; see the README's "Writing content".\n${yaml(settings)}`],
  ]);
  for (const { slug, data, body } of events)
    files.set(`events/${slug}.md`, `---\n${yaml(data)}---\n\n${body}\n`);
  return files;
}

export function importTimelineJs(
  file: string,
  out: string,
  force: boolean,
): ImportedStory & { written: string[] } {
  const text = readFileSync(file, "utf8");
  const format = extname(file).toLowerCase();
  if (format !== ".json" && format !== ".csv") throw new Error(`${file}: expected a .json or .csv file`);
  const story = storyFromSlides(format === ".json" ? slidesFromJson(text) : slidesFromCsv(text));
  const files = storyFiles(story);
  const existing = [...files.keys()].filter((path) => existsSync(join(out, path)));
  if (existing.length > 0 && !force) {
    throw new Error(
      `${join(out, existing[0]!)} already exists (and ${existing.length - 1} more); add --force to overwrite`,
    );
  }
  // The build requires every collection's folder, even one the import leaves empty.
  for (const folder of ["events", "people", "sources"]) mkdirSync(join(out, folder), { recursive: true });
  for (const [path, content] of files) writeFileSync(join(out, path), content);
  return { ...story, written: [...files.keys()].map((path) => join(out, path)) };
}

if (import.meta.main) {
  try {
    const { values, positionals } = parseArgs({
      options: { out: { type: "string" }, force: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || !values.out) throw new Error(USAGE);
    const { written, events, attention } = importTimelineJs(positionals[0]!, values.out, values.force);
    console.log(`Wrote ${written.length} files (${events.length} events) into ${values.out}.`);
    console.log(["Needs attention:", ...attention.map((line) => `  - ${line}`)].join("\n"));
    console.log(`Then \`TIMELINE_CONTENT_DIR=${values.out} npm run build\` builds it.`);
  } catch (error) {
    console.error(`import:timelinejs: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
