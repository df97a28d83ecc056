// Long on purpose: every collection and its schema in one file, so the content's shape reads in one place.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { defineCollection, reference, type ImageFunction } from "astro:content";
import { glob, type Loader, type ParseDataOptions } from "astro/loaders";
import { z } from "astro/zod";
import { SITE, type CountryCode, type EventKind } from "./config";
import { isCalendarDay, isCalendarMonth, isClockTime, isYear, toDayString } from "./lib/dates/date-parts";
import { CONTENT_DIR } from "./lib/content/content-dir";
import { slugFromPath } from "./lib/content/slug";
import { checkMediaFiles } from "./lib/content/check-media";

const markdownIn = (folder: string) =>
  withMediaCheck(
    folder,
    glob({ pattern: "**/*.md", base: `${CONTENT_DIR}/${folder}`, generateId: uniqueSlugs(folder) }),
  );

/** The glob loader, with each entry's local images checked before its schema runs (see checkMediaFiles). */
function withMediaCheck(folder: string, loader: Loader): Loader {
  const base = resolve(CONTENT_DIR, folder);
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(entry: ParseDataOptions<TData>) => {
          const where = `content/${folder}/${relative(base, entry.filePath ?? "")}`;
          const problems = await checkMediaFiles(entry.filePath ?? base, entry.data, where);
          if (problems.length > 0) throw new Error(problems.join("\n"));
          return context.parseData(entry);
        },
      }),
  };
}

/**
 * The slug is the file name, so folders can group files freely. Astro's own duplicate check
 * races when files load in parallel, so two files with one name must be refused here.
 */
function uniqueSlugs(folder: string) {
  const fileBySlug = new Map<string, string>();
  return ({ entry, base }: { entry: string; base: URL }) => {
    const slug = slugFromPath(entry);
    const other = fileBySlug.get(slug);
    if (other && other !== entry && existsSync(new URL(other, base))) {
      throw new Error(
        `content/${folder}/${entry} → slug: "${slug}" is already the slug of content/${folder}/${other}; expected each file name to be used once in content/${folder}/`,
      );
    }
    fileBySlug.set(slug, entry);
    return slug;
  };
}

const day = z.preprocess(
  toDayString,
  z
    .string({ error: 'expected a date in quotes as YYYY-MM-DD, for example "2025-05-19"' })
    .refine(isCalendarDay, 'expected a real calendar day as YYYY-MM-DD, for example "2025-05-19"'),
);
const month = z
  .string({ error: 'expected a month in quotes as YYYY-MM, for example "2025-04"' })
  .refine(isCalendarMonth, 'expected a real month as YYYY-MM, for example "2025-04"');
const year = z.coerce.string().refine(isYear, "expected a year as YYYY, for example 2024");

const countryCodes = Object.keys(SITE.countries) as [CountryCode, ...CountryCode[]];
const country = z.enum(countryCodes, {
  error: `expected one of the countries in content/story.yaml: ${countryCodes.join(", ")}`,
});
const storyZones = SITE.timeZones.map((zone) => zone.id);
const eventKinds = Object.keys(SITE.eventKinds) as [EventKind, ...EventKind[]];

/** A claim's support: the source article and the exact words in it that say so. */
const citation = z.strictObject({
  source: reference("sources"),
  /**
   * Copied word for word from the source article: the build checks it against a republished text;
   * of a linked article it is a quotation that cannot be checked here.
   */
  passage: z.string().trim().min(1, "expected the supporting words quoted from the source"),
});
const CITATION_FORM = "[{ source: <source slug>, passage: <words from it> }]";
const citations = z.array(citation).min(1, `expected at least one citation: ${CITATION_FORM}`);
/** An event's citations: at least one, unless the story's settings let events go without. */
const eventCitations =
  SITE.eventCitations === "required"
    ? z
        .array(citation)
        .min(
          1,
          `expected at least one citation: ${CITATION_FORM} (content/story.yaml sets eventCitations: required)`,
        )
    : z.array(citation).default([]);

/** An event's date, as precise as the sources allow and no more. */
const eventDate = z.discriminatedUnion(
  "precision",
  [
    z.strictObject({
      precision: z.literal("day"),
      start: day,
      /** Local time as HH:mm, only where a source gives it; needs `timeZone`. */
      time: z
        .string()
        .refine(isClockTime, 'expected a time in quotes as HH:mm, for example "21:00"')
        .optional(),
      /** One of the story's `timeZones`, so the time can be named by its place. */
      timeZone: z
        .string()
        .refine(
          (zone) => storyZones.includes(zone),
          `expected one of the timeZones in content/story.yaml: ${storyZones.join(", ")}`,
        )
        .optional(),
    }),
    z.strictObject({ precision: z.literal("range"), start: day, end: day }),
    z.strictObject({ precision: z.literal("month"), start: month }),
    z.strictObject({ precision: z.literal("year"), start: year }),
    z.strictObject({
      precision: z.literal("unknown"),
      /** The sources give no date; the event is placed relative to a dated event. */
      relativeTo: reference("events"),
      position: z.enum(["before", "during", "after"]),
    }),
  ],
  { error: "expected precision to be one of: day, range, month, year, unknown" },
);

/** A web address that is safe to link to: no `javascript:` or `data:`. */
const webAddress = (what: string) =>
  z.url({
    protocol: /^https?$/,
    error: `expected ${what}: an http: or https: address such as "https://news.example/photo"`,
  });

const IMAGE_FILE = /\.(avif|gif|jpe?g|png|webp)$/i;

/**
 * Photos and media shown with an entry: a local image (a path from the Markdown file to a file in
 * content/media/, such as ../media/harbour.jpg), which the site optimises, or a remote `url` (a video,
 * a post, a page, an image elsewhere), which it only links to, so no third party loads with the page.
 */
function mediaList(image: ImageFunction) {
  // Astro types image() by the metadata it gives, but it parses a path; the extension is checked first.
  const imageFile = z
    .string()
    .regex(
      IMAGE_FILE,
      "expected an image file (.jpg, .png, .webp, .avif or .gif), such as ../media/photo.jpg",
    )
    .pipe(image() as unknown as z.ZodType<ImageMetadata, string>);
  const item = z
    .strictObject({
      /** A local image, relative to the Markdown file. */
      image: imageFile.optional(),
      /** Remote media: the site links to it and loads nothing from it. */
      url: webAddress("the media's address").optional(),
      /** What the image shows, for readers who cannot see it; required of an image. */
      alt: z.string().trim().min(1, "expected the image's alt text: what it shows").optional(),
      /** Who made or owns it, shown with it. */
      credit: z
        .string({ error: 'expected a credit: who made or owns it, such as "Photo: Jane Doe / News Example"' })
        .trim()
        .min(1, "expected a credit: who made or owns it"),
      caption: z.string().trim().min(1).optional(),
      /** The terms it is used under, such as "CC BY 4.0". */
      licence: z.string().trim().min(1).optional(),
      /** Where it was published, linked from its credit. */
      sourceUrl: webAddress("the address where it was published").optional(),
    })
    .superRefine((item, ctx) => {
      if (Boolean(item.image) === Boolean(item.url)) {
        ctx.addIssue({
          code: "custom",
          path: ["image"],
          message:
            "expected either image (a file in content/media/) or url (remote media), not both or neither",
        });
      }
      if (item.image && !item.alt) {
        ctx.addIssue({
          code: "custom",
          path: ["alt"],
          message: "expected the image's alt text: what it shows",
        });
      }
    });
  return z.array(item).default([]);
}

const events = defineCollection({
  loader: markdownIn("events"),
  schema: ({ image }) =>
    z
      .strictObject({
        title: z.string().min(1),
        date: eventDate,
        /** True when the sources omit the year and it is inferred from context. */
        yearInferred: z.boolean().default(false),
        /** What the sources say, or leave open, about the date; shown beside it. */
        dateNote: z.string().optional(),
        kind: z.enum(eventKinds, {
          error: `expected a kind from content/story.yaml: ${eventKinds.join(", ")}`,
        }),
        /** Its number in the story's series (story.yaml `series`), only where the sources number it. */
        seriesNumber: z.number().int().positive().optional(),
        /** Where it happened, "virtual" for an online meeting; omit when the sources do not say. */
        location: z.string().min(1).optional(),
        participants: z.array(reference("people")).default([]),
        summary: z.string().min(20).max(320),
        positions: z
          .array(
            z.strictObject({
              side: country,
              /** A position taken or an ask made, in our words, close to the source's. */
              text: z.string().min(1),
              citation,
            }),
          )
          .default([]),
        /** Steps announced for later: shown as announced, never as events that happened. */
        nextSteps: z
          .array(
            z.strictObject({
              text: z.string().min(1),
              citation,
              /** A later event that relates to the step; shown beside it, never as its fulfilment. */
              laterEvent: reference("events").optional(),
            }),
          )
          .default([]),
        /** Figures the sources give, such as totals or rates. */
        figures: z
          .array(
            z.strictObject({
              label: z.string().min(1),
              value: z.number(),
              unit: z
                .string()
                .refine(
                  (unit) => Object.hasOwn(SITE.figureUnits, unit),
                  `expected a unit from content/story.yaml: ${Object.keys(SITE.figureUnits).join(", ")}`,
                ),
              /** Change from the previous year, in percent, where the source gives it. */
              changePercent: z.number().optional(),
              citation,
            }),
          )
          .default([]),
        citations: eventCitations,
        media: mediaList(image),
      })
      .superRefine((data, ctx) => {
        const { date } = data;
        if (date.precision === "range" && date.end <= date.start) {
          ctx.addIssue({
            code: "custom",
            path: ["date", "end"],
            message: `expected the end (${date.end}) to be after the start (${date.start}); use precision: day for a single day`,
          });
        }
        if (date.precision === "day" && Boolean(date.time) !== Boolean(date.timeZone)) {
          ctx.addIssue({
            code: "custom",
            path: ["date", "timeZone"],
            message: "expected time and timeZone together, or neither",
          });
        }
      }),
});

const people = defineCollection({
  loader: markdownIn("people"),
  schema: ({ image }) =>
    z.strictObject({
      /** The name as the person writes it, with diacritics; for an unnamed official, the role. */
      name: z.string().min(1),
      /** The same name in plain ASCII, as many English articles print it. */
      asciiName: z
        .string()
        .regex(/^[\x20-\x7E]+$/, "expected plain ASCII letters")
        .optional(),
      /** Other forms the articles use ("Mayor Ortiz"); used to mark the person in article text. */
      aliases: z.array(z.string().min(1)).default([]),
      role: z.string().min(1),
      country,
      /** True for an official the sources mention only by role: never invent a name. */
      unnamed: z.boolean().default(false),
      citations,
      media: mediaList(image),
    }),
});

/** What a source linked rather than republished must give, so a reader can find the article. */
const LINKED_SOURCE_FIELDS = {
  url: "the article's address",
  publisher: "its publisher",
  published: "the day it was published",
} as const;

const sources = defineCollection({
  loader: markdownIn("sources"),
  schema: z
    .strictObject({
      title: z.string().min(1),
      /** True when the article has no title of its own and ours is editorial. */
      editorialTitle: z.boolean().default(false),
      /**
       * True when the body is the article's full text and the site may republish it (a question of
       * rights); false when the site only links to the published article and republishes no text.
       */
      republish: z.boolean().default(true),
      /** The published article's address; required when `republish` is false. */
      url: z
        .url({
          protocol: /^https?$/,
          error: 'expected the article\'s address, such as "https://news.example/article"',
        })
        .optional(),
      publisher: z.string().min(1).optional(),
      byline: z.string().optional(),
      /** The place of the dateline, such as "PARIS", where the text gives one. */
      dateline: z.string().optional(),
      published: day.optional(),
      /** What the text says about its own date, in words; required of a republished text. */
      dateNote: z.string().min(1).optional(),
      /**
       * The newsroom's record of the intake file the text was taken from, where there is one: it orders
       * the sources (src/lib/content/timeline.ts) and is never shown to readers.
       */
      originalFile: z
        .string()
        .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "expected a file name like 000_0d32b700dc135d92.txt")
        .optional(),
    })
    .superRefine((data, ctx) => {
      if (data.republish) {
        if (data.dateNote === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["dateNote"],
            message: "expected a dateNote: what the republished text says about its own date, in words",
          });
        }
        return;
      }
      for (const [field, what] of Object.entries(LINKED_SOURCE_FIELDS)) {
        if (data[field as keyof typeof LINKED_SOURCE_FIELDS] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: `expected ${what}: a source with republish: false is a link to the published article`,
          });
        }
      }
    }),
});

export const collections = { events, people, sources };
