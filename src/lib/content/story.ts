import { existsSync, readFileSync } from "node:fs";
import { z } from "astro/zod";
import { parseDocument } from "yaml";
import { isTimeZone, precisionOf, toDayString } from "../dates/date-parts";
import { firstDay, lastDay } from "../dates/event-date";
import { firstInvalidUtf8Line } from "./check-files";
import { DICTIONARIES, interfaceLanguage } from "../../i18n/dictionaries";
import { plural, PROBLEMS } from "../../i18n/template";

/**
 * The story's own settings, `story.yaml` in its content folder: everything about one story that is
 * not an event, a person or a source. A newsroom telling another story replaces the whole folder.
 */

const STORY_FILE = "story.yaml";
/** How errors name the file, as every content error does, whichever folder TIMELINE_CONTENT_DIR picks. */
const SHOWN_AS = `content/${STORY_FILE}`;

const key = z
  .string()
  .regex(
    /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/,
    'expected a key of letters and digits joined by hyphens, such as "FR"',
  );
const text = z.string().trim().min(1, "expected some text");

const timeZone = z.strictObject({
  id: z.string().refine(isTimeZone, 'expected an IANA time zone such as "Europe/Paris"'),
  place: text,
});

/** Top-level folders of the site that a series' path must not take. */
const TAKEN_PATHS = [
  "embed",
  "events",
  "people",
  "sources",
  "search",
  "about",
  "years",
  "kinds",
  "sides",
  "og",
  "pagefind",
  "_astro",
  "brand",
];

/** A web origin, scheme and host (and port) only, as browsers compare them: "https://news.example". */
const origin = z
  .string()
  .refine(
    (value) =>
      URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && new URL(value).origin === value,
    'expected an origin such as "https://news.example", with no path or trailing slash',
  );

/** A numbered series of events with short links: hearings, episodes, stages. */
const series = z.strictObject({
  /** The event kind whose events form the series; an event's `seriesNumber:` gives its number in it. */
  kind: key,
  /** The URL segment: /<path>/ lists the series, /<path>/<n>/ is the short link of number n. */
  path: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'expected a URL segment of lower-case letters, digits and hyphens, such as "hearings"',
    )
    .refine(
      (path) => !TAKEN_PATHS.includes(path),
      `expected a path other than the site's own: ${TAKEN_PATHS.join(", ")}`,
    ),
  /** The list page's heading and the search page's link: "Parliamentary hearings". */
  title: text,
  /** The header's link: "Hearings". */
  navLabel: text,
  /** One of the series in running text, lower case: "hearing" ("hearing 2", "Hearing 2"). */
  item: text,
  /** One sentence for search engines and link previews of the list page. */
  description: text,
  /** The list page's opening words: what the series is, what the sources leave out of it. */
  note: text,
});

/** A phase's start or end: a day, a month or a year, with the precision its form gives. */
export type PhaseDate =
  | { precision: "day"; start: string }
  | { precision: "month"; start: string }
  | { precision: "year"; start: string };

const DATE_FORMS = 'date in quotes as YYYY-MM-DD, YYYY-MM or YYYY, for example "2025-05-19"';
const phaseDate = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : toDayString(value)),
  z.string({ error: `expected a ${DATE_FORMS}` }).transform((value, context): PhaseDate => {
    const precision = precisionOf(value);
    if (!precision) context.addIssue({ code: "custom", message: `expected a real calendar ${DATE_FORMS}` });
    return { precision: precision ?? "year", start: value };
  }),
);

/** A citation as events write it, its source a reference as Astro's `reference("sources")` gives it. */
const citation = z.strictObject({
  source: z
    .string({ error: "expected the slug of a file in content/sources/" })
    .min(1)
    .transform((id) => ({ collection: "sources" as const, id })),
  passage: text,
});

/** A period of the story, drawn as a band on the time axis and marked in the list (TimelineJS's era). */
const phase = z.strictObject({
  title: text,
  /** Its first day, month or year: "2025-04-02", "2025-04", "2025". */
  start: phaseDate,
  /** Its last day, month or year; a month or a year runs to its end. */
  end: phaseDate,
  /** One or two sentences shown with it. */
  summary: text.optional(),
  /** Required when eventCitations is, checked against the sources as events' are. */
  citations: z.array(citation).default([]),
});

const colour = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}){1,2}$/, 'expected a colour as #rgb or #rrggbb, such as "#a4161a"');

/** The display font when the story names none: Source Serif 4 Subhead, for its Latin (`vi` included), Greek and Cyrillic. */
export const DEFAULT_FONT = "source-serif/TTF/SourceSerif4Subhead-Semibold.ttf";

/** How the newsroom that publishes the story shows itself; every field has a default. */
const brand = z
  .strictObject({
    /** The newsroom's name, shown above the story's title in the header; the logo's alt text. */
    name: text.optional(),
    /** The newsroom's logo, a file in the content folder (SVG, PNG, JPEG or WebP), shown instead of its name. */
    logo: z
      .string()
      .regex(
        /^(?!\/)(?!.*\.\.).+\.(svg|png|jpe?g|webp)$/i,
        'expected a path in the content folder to an SVG, PNG, JPEG or WebP file, such as "media/logo.svg"',
      )
      .optional(),
    /** The accent colour (kind labels, rules, marks) in the light and the dark theme; checked for contrast. */
    accent: z.strictObject({ light: colour, dark: colour }).optional(),
    /**
     * The font of the masthead and headings, one weight: a TTF, OTF or WOFF2 file in the content folder,
     * or in an installed npm package ("source-serif/TTF/SourceSerif4Subhead-Semibold.ttf").
     */
    font: z
      .string()
      .regex(/\.(ttf|otf|woff2)$/i, 'expected a TTF, OTF or WOFF2 file, such as "media/headline.woff2"')
      .default(DEFAULT_FONT),
  })
  .refine((value) => !value.logo || value.name, {
    path: ["name"],
    message: "expected the newsroom's name with a logo: it is the logo's alt text",
  });

const storySchema = z.strictObject({
  /** The site's name, in the header, titles and share images. */
  title: text,
  /** One sentence, for search engines and link previews. */
  description: text,
  /** One paragraph at the top of the timeline. */
  summary: text,
  /** The language of the story's text, as a BCP 47 tag. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "vi"')
    .refine(
      (lang) => interfaceLanguage(lang) !== undefined,
      `expected a language the interface has a dictionary for (src/i18n/): ${Object.keys(DICTIONARIES).join(", ")}`,
    ),
  /** Open Graph's form of the language and region, such as en_GB. */
  ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'expected a locale such as "en_GB"'),
  /** The home page lists every event up to this many; a longer timeline is listed by year. */
  homeEventLimit: z.number().int().positive("expected a whole number above 0"),
  /** The sides taking part; their keys are what frontmatter writes (`country: FR`, `side: FR`). */
  countries: z
    .record(key, z.strictObject({ name: text, adjective: text }))
    .refine((countries) => Object.keys(countries).length > 0, "expected at least one country or side"),
  /** Kinds of event, key and label; keys are what frontmatter writes (`kind: …`). */
  eventKinds: z
    .record(key, text)
    .refine((kinds) => Object.keys(kinds).length > 0, "expected at least one kind of event"),
  /**
   * Units of the figures events give; keys are what frontmatter writes (`unit: percent`). `value`
   * words a number ("{value}%"), `scale` says what the chart's bars stand for, and `whole`, where a
   * unit has one (100 for a percentage), is the least a bar is drawn against.
   */
  figureUnits: z
    .record(
      text,
      z.strictObject({
        value: z
          .string()
          .includes("{value}", { error: 'expected a wording with "{value}" in it, such as "{value}%"' }),
        scale: text,
        whole: z.number().positive().optional(),
      }),
    )
    .default({}),
  /**
   * Whether every event must cite a source: "required" fails the build on an event without
   * citations; "optional" (a story imported from a tool without citations) lets an event go without,
   * and its page says that it is not sourced on the site.
   */
  eventCitations: z
    .enum(["required", "optional"], { error: 'expected "required" or "optional"' })
    .default("required"),
  /** What was changed in the republished texts, for the about page; none when nothing was. */
  sourceEdits: text.optional(),
  /** The story's numbered series, if it has one. */
  series: series.optional(),
  /**
   * The sites that may show the embeds (/embed/…) in a frame; any site when left out. The rest of
   * the site may never be framed.
   */
  embedOrigins: z.array(origin).min(1, "expected at least one origin, or no embedOrigins").optional(),
  /**
   * Time zones in which timed events are shown: an event's `timeZone` is one of them, its time is
   * shown there first, as the sources give it, then in the others.
   */
  timeZones: z.tuple([timeZone], timeZone, {
    error: "expected a list of at least one time zone: - { id, place }",
  }),
  /** Periods of the story, oldest first and not overlapping; none when left out. */
  phases: z.array(phase).default([]),
  /** The newsroom's name, logo, accent colour and font; the site's own when left out. */
  brand: brand.default({ font: DEFAULT_FONT }),
});

/** The schema with the checks across fields, and the logo's file looked for in `contentDir`. */
const checkedStory = (contentDir: string) =>
  storySchema.superRefine((story, context) => {
    if (story.series && !Object.hasOwn(story.eventKinds, story.series.kind)) {
      context.addIssue({
        code: "custom",
        path: ["series", "kind"],
        message: `expected one of the eventKinds: ${Object.keys(story.eventKinds).join(", ")}`,
      });
    }
    for (const problem of phaseProblems(story.phases, story.eventCitations)) context.addIssue(problem);
    if (story.brand.logo && !existsSync(`${contentDir}/${story.brand.logo}`)) {
      context.addIssue({
        code: "custom",
        path: ["brand", "logo"],
        message: `expected a file in the content folder: no ${story.brand.logo} there`,
      });
    }
  });

type Phase = z.infer<typeof phase>;

/** True when a phase starts on or before the last day of the one listed before it. */
export const phasesOverlap = (earlier: Pick<Phase, "end">, later: Pick<Phase, "start">): boolean =>
  firstDay(later.start) <= lastDay(earlier.end);

/**
 * A phase ends on or after its start and after the previous phase's end: phases never overlap, so
 * the list can mark where each begins and ends and an event lies in one phase at most.
 */
function phaseProblems(phases: Phase[], eventCitations: "required" | "optional") {
  return phases.flatMap(({ title, start, end, citations }, index) => {
    const problem = (field: string, message: string) => ({
      code: "custom" as const,
      path: ["phases", index, field],
      message,
    });
    const previous = phases[index - 1];
    return [
      ...(lastDay(end) < firstDay(start)
        ? [problem("end", `expected the end (${end.start}) not before the start (${start.start})`)]
        : []),
      ...(previous && phasesOverlap(previous, { start })
        ? [
            problem(
              "start",
              `expected "${title}" to start after phases[${index - 1}] ("${previous.title}") ends (${previous.end.start}): phases are listed oldest first and do not overlap`,
            ),
          ]
        : []),
      ...(eventCitations === "required" && citations.length === 0
        ? [
            problem(
              "citations",
              "expected at least one citation: [{ source: <source slug>, passage: <words from it> }] (eventCitations: required)",
            ),
          ]
        : []),
    ];
  });
}

export type Story = z.infer<typeof storySchema>;

/** Reads and checks the settings of the story in `contentDir`; every problem is named with its field. */
export function readStory(contentDir: string): Story {
  const path = `${contentDir}/${STORY_FILE}`;
  if (!existsSync(path)) {
    throw new Error(
      `${SHOWN_AS}: not found; expected the story's settings (title, countries, event kinds…) there`,
    );
  }
  const bytes = readFileSync(path);
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine !== undefined)
    throw new Error(`${SHOWN_AS}:${badLine}: the file is not valid UTF-8; expected it saved as UTF-8`);
  const document = parseDocument(bytes.toString("utf8"));
  if (document.errors.length > 0) {
    throw new Error(
      document.errors.map((error) => `${SHOWN_AS}:${error.linePos?.[0].line}: ${error.message}`).join("\n"),
    );
  }
  const result = checkedStory(contentDir).safeParse(document.toJS());
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${SHOWN_AS} → ${issue.path.join(".") || "(file)"}: ${issue.message}`,
    );
    throw new Error(
      `The story's settings have ${plural(PROBLEMS, problems.length, "en")}:\n${problems.join("\n")}`,
    );
  }
  return result.data;
}
