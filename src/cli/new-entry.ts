/**
 * Starts a new entry of the story: writes a Markdown file into the content folder
 * (TIMELINE_CONTENT_DIR, `content/` by default), named by the project's slug rules, then prints its
 * path and what is left to fill in. It never overwrites a file, and a wrong argument is named with
 * what it expects.
 *
 *   npm run new:event -- "Title" --date 2025-07-01 --kind <a kind in story.yaml>
 *   npm run new:person -- "Name" --role "Council chair" --country <a country in story.yaml>
 *   npm run new:source -- "Title" --url https://… --publisher "…" --date 2025-07-01
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { CONTENT_DIR } from "../lib/content/content-dir";
import { slugFromPath, slugFromTitle } from "../lib/content/slug";
import { readStory, type Story } from "../lib/content/story";
import { isCalendarDay, isCalendarMonth, isClockTime, isYear } from "../lib/dates/date-parts";
import { slugPrefix, type KnownDate } from "../lib/dates/event-date";

type Flags = Map<string, string[]>;

/** What a command writes: the file's slug, its frontmatter, and what the editor must still add. */
interface Entry {
  slug: string;
  data: Record<string, unknown>;
  toFill: string[];
}

interface Command {
  folder: "events" | "people" | "sources";
  /** What the one argument that is not a flag stands for. */
  titleIs: string;
  /** Each flag and what it expects, as the errors name them. */
  flags: Record<string, string>;
  entry: (title: string, flags: Flags, story: Story) => Entry;
}

const CITATION_FLAGS = {
  source: "the slug (file name without .md) of a source the entry rests on",
  passage: "words copied exactly from that source, in quotes",
};
const DATE_FORMS = "a day, month or year: 2025-07-01, 2025-07 or 2025";
const SUMMARY = "one or two sentences from the sources, 20 to 320 characters";
const SLUG_FLAG = { slug: "the file name, in lower-case letters and digits joined by hyphens" };
const SOURCE_FLAGS = {
  url: "the article's address, starting with https:// or http://",
  publisher: "who published it",
  date: "the day it was published, as YYYY-MM-DD, such as 2025-07-01",
};
const CITATIONS_TO_FILL =
  "citations: at least one { source: <source slug>, passage: <words copied exactly from it> }";

const COMMANDS: Record<string, Command> = {
  event: {
    folder: "events",
    titleIs: "the event's title",
    flags: {
      date: DATE_FORMS,
      end: "the last day of a range as YYYY-MM-DD, after --date",
      time: "the local time as HH:mm, with --time-zone",
      "time-zone": "one of timeZones in story.yaml, with --time",
      kind: "one of eventKinds in story.yaml",
      location: 'where it happened, or "virtual"',
      participant: "a person's slug; may be given more than once",
      summary: SUMMARY,
      ...CITATION_FLAGS,
      slug: "the file name after its date, in lower-case letters and digits joined by hyphens",
    },
    entry: eventEntry,
  },
  person: {
    folder: "people",
    titleIs: "the person's name, or the role of an unnamed official",
    flags: {
      role: "the person's role, as the sources give it",
      country: "one of countries in story.yaml",
      "ascii-name": "the name in plain ASCII, where it has other letters",
      ...CITATION_FLAGS,
      ...SLUG_FLAG,
    },
    entry: personEntry,
  },
  source: {
    folder: "sources",
    titleIs: "the article's title",
    flags: { ...SOURCE_FLAGS, ...SLUG_FLAG },
    entry: sourceEntry,
  },
};

/** Writes the new file and returns its path and what is left to fill in; throws on any wrong argument. */
export function newEntry(commandName: string, args: readonly string[], contentDir: string) {
  const command = COMMANDS[commandName];
  if (!command) throw new Error(`expected one of: ${Object.keys(COMMANDS).join(", ")}`);
  const { title, flags } = parseArguments(args, command);
  const entry = command.entry(title, flags, readStory(contentDir));
  const folder = join(contentDir, command.folder);
  refuseTakenSlug(folder, command.folder, entry.slug);
  const path = join(folder, `${entry.slug}.md`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, markdown(entry), { flag: "wx" });
  return { path, toFill: entry.toFill };
}

/** The title (the one argument that is not a flag) and each flag's values: `--name value` or `--name=value`. */
function parseArguments(args: readonly string[], command: Command) {
  const titles: string[] = [];
  const flags: Flags = new Map();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith("--")) {
      titles.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split(/=(.*)/s);
    if (!Object.hasOwn(command.flags, name)) {
      const known = Object.keys(command.flags).map((flag) => `--${flag}`);
      throw new Error(`--${name}: unknown option; expected one of ${known.join(", ")}`);
    }
    const value = inline ?? args[++index];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new Error(`--${name}: expected a value: ${command.flags[name]}`);
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  if (titles.length !== 1) {
    const got = titles.length === 0 ? "nothing" : `${titles.length} words, ${titles.join(" ")}`;
    throw new Error(`expected ${command.titleIs}, in quotes; got ${got}`);
  }
  return { title: titles[0]!, flags };
}

/** A flag given at most once. */
function one(flags: Flags, name: string): string | undefined {
  const values = flags.get(name) ?? [];
  if (values.length > 1) throw new Error(`--${name}: given ${values.length} times; expected it once`);
  return values[0];
}

function required(flags: Flags, name: string, expected: string): string {
  const value = one(flags, name);
  if (value === undefined) throw new Error(`--${name} is missing: expected ${expected}`);
  return value;
}

/** One of the values a story setting lists, such as an event kind, a country code or a time zone. */
function storyValue(flags: Flags, name: string, values: string[], setting: string): string {
  const expected = `one of ${setting} in story.yaml: ${values.join(", ")}`;
  const value = required(flags, name, expected);
  if (!values.includes(value)) throw new Error(`--${name}: "${value}" is not ${expected}`);
  return value;
}

/** The date the flags give, as the schema reads it: a day (with its time or not), a range, a month or a year. */
function eventDate(flags: Flags, story: Story): KnownDate {
  const start = required(flags, "date", DATE_FORMS);
  const end = one(flags, "end");
  const clock = timeOfDay(flags, story);
  if (isCalendarDay(start)) {
    if (end === undefined) return { precision: "day", start, ...clock };
    if (clock) throw new Error("--time: expected a single day, not a range with --end");
    if (!isCalendarDay(end) || end <= start) {
      throw new Error(`--end: expected a real day after ${start} as YYYY-MM-DD; got "${end}"`);
    }
    return { precision: "range", start, end };
  }
  if (end !== undefined || clock) {
    throw new Error(`--date: expected a day as YYYY-MM-DD with --end or --time; got "${start}"`);
  }
  if (isCalendarMonth(start)) return { precision: "month", start };
  if (isYear(start)) return { precision: "year", start };
  throw new Error(`--date: "${start}" is not a real day, month or year; expected ${DATE_FORMS}`);
}

/** The local time and its zone, one of the story's, which come together or not at all. */
function timeOfDay(flags: Flags, story: Story): { time: string; timeZone: string } | undefined {
  const time = one(flags, "time");
  if (time === undefined && !flags.has("time-zone")) return undefined;
  if (time === undefined || !isClockTime(time)) {
    throw new Error(`--time: expected HH:mm with --time-zone, such as 21:00; got ${time ?? "nothing"}`);
  }
  const zones = story.timeZones.map((zone) => zone.id);
  return { time, timeZone: storyValue(flags, "time-zone", zones, "timeZones") };
}

/** The citation that --source and --passage give, which come together or not at all. */
function citation(flags: Flags) {
  const [source, passage] = [one(flags, "source"), one(flags, "passage")];
  if ((source === undefined) !== (passage === undefined)) {
    throw new Error(
      `--${source === undefined ? "source" : "passage"} is missing: --source and --passage come together`,
    );
  }
  return source && passage ? [{ source, passage }] : undefined;
}

/** The file name that --slug gives, or else the title. */
function slugOf(title: string, flags: Flags): string {
  const given = one(flags, "slug");
  if (given === undefined) {
    const slug = slugFromTitle(title);
    if (slug) return slug;
    throw new Error(
      `--slug is missing: the title has no letters or digits for a file name; expected ${SLUG_FLAG.slug}`,
    );
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(given))
    throw new Error(`--slug: expected ${SLUG_FLAG.slug}; got "${given}"`);
  return given;
}

function eventEntry(title: string, flags: Flags, story: Story): Entry {
  const date = eventDate(flags, story);
  const summary = one(flags, "summary");
  const citations = citation(flags);
  const participants = flags.get("participant");
  return {
    slug: `${slugPrefix(date)}-${slugOf(title, flags)}`,
    data: {
      title,
      date,
      kind: storyValue(flags, "kind", Object.keys(story.eventKinds), "eventKinds"),
      location: one(flags, "location"),
      participants,
      summary,
      citations,
    },
    toFill: [
      ...(summary ? [] : [`summary: ${SUMMARY}`]),
      ...(citations ? [] : [CITATIONS_TO_FILL]),
      "the body below the frontmatter: the event's account, in your words, from the sources",
    ],
  };
}

function personEntry(name: string, flags: Flags, story: Story): Entry {
  const citations = citation(flags);
  return {
    slug: slugOf(name, flags),
    data: {
      name,
      asciiName: one(flags, "ascii-name"),
      role: required(flags, "role", "the person's role, as the sources give it"),
      country: storyValue(flags, "country", Object.keys(story.countries), "countries"),
      citations,
    },
    toFill: citations ? [] : [CITATIONS_TO_FILL],
  };
}

function sourceEntry(title: string, flags: Flags): Entry {
  const url = required(flags, "url", SOURCE_FLAGS.url);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`--url: expected ${SOURCE_FLAGS.url}; got "${url}"`);
  }
  const published = required(flags, "date", SOURCE_FLAGS.date);
  if (!isCalendarDay(published)) throw new Error(`--date: expected ${SOURCE_FLAGS.date}; got "${published}"`);
  const publisher = required(flags, "publisher", SOURCE_FLAGS.publisher);
  return {
    slug: slugOf(title, flags),
    data: sourceFrontmatter(title, url, publisher, published),
    toFill: [],
  };
}

/**
 * A source cited by its link: the article's address, publisher and day; its text is not republished,
 * so the file has no body. The one place that knows the frontmatter of a source.
 */
function sourceFrontmatter(title: string, url: string, publisher: string, published: string) {
  return { title, republish: false, url, publisher, published };
}

/** Refuses a slug that a file of the folder, in any subfolder, already has: the build would refuse both. */
function refuseTakenSlug(folder: string, name: string, slug: string): void {
  const files = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: "utf8" }) : [];
  const taken = files.find((file) => file.endsWith(".md") && slugFromPath(file) === slug);
  if (taken) {
    throw new Error(
      `content/${name}/${taken} already exists; expected a new slug: change the title or give --slug`,
    );
  }
}

/** The file: the frontmatter (dates and times quoted, so YAML keeps them as text), what is left as comments. */
function markdown({ data, toFill }: Entry): string {
  const yaml = stringify(data, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  const notes = toFill.map((item) => `# To fill in: ${item}\n`).join("");
  return `---\n${yaml}${notes}---\n`;
}

if (import.meta.main) {
  const [command = "", ...args] = process.argv.slice(2);
  try {
    const { path, toFill } = newEntry(command, args, CONTENT_DIR);
    const left = toFill.length > 0 ? ["Still to fill in:", ...toFill.map((item) => `  - ${item}`)] : [];
    console.log([`Wrote ${path}`, ...left, "Then `npm run build` checks it."].join("\n"));
  } catch (error) {
    console.error(`new:${command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
