import { describe, expect, test } from "vitest";
import {
  checkContent,
  repeatedItems,
  type ContentSet,
  type EventLike,
} from "../../src/lib/content/check-entries";
import { unsafeLinks } from "../../src/lib/content/check-links";

/** A numbered series for the test data, whatever the story's own settings hold. */
const SERIES = {
  kind: "round-kind",
  path: "rounds",
  title: "Rounds",
  navLabel: "Rounds",
  item: "round",
  description: "The rounds.",
  note: "The rounds, oldest first.",
};
const check = (content: ContentSet, series: typeof SERIES | undefined = SERIES) =>
  checkContent(content, series);

const source = {
  id: "article",
  filePath: "content/sources/article.md",
  body: "The round was **held** in May.",
  data: {},
};
const person = {
  id: "dien",
  filePath: "content/people/dien.md",
  data: { citations: [{ source: { collection: "sources", id: "article" }, passage: "The round was held" }] },
};
const round = {
  id: "2025-05-19-round",
  filePath: "content/events/2025-05-19-round.md",
  body: "Text.",
  data: {
    date: { precision: "range", start: "2025-05-19", end: "2025-05-22" },
    kind: SERIES.kind,
    seriesNumber: 2,
    participants: [{ collection: "people", id: "dien" }],
    citations: [{ source: { collection: "sources", id: "article" }, passage: "held in May" }],
  },
} satisfies EventLike;
const good: ContentSet = { events: [round], people: [person], sources: [source] };

const withEvent = (changes: object, id = round.id): ContentSet => ({
  ...good,
  events: [{ ...round, id, filePath: `content/events/${id}.md`, ...changes }],
});

describe("checkContent", () => {
  test("accepts consistent content, ignoring Markdown emphasis inside quoted passages", () => {
    expect(check(good)).toEqual([]);
  });

  test.each([
    [
      "an unknown person",
      withEvent({ data: { ...round.data, participants: [{ collection: "people", id: "nobody" }] } }),
      'content/events/2025-05-19-round.md → participants[0]: unknown people entry "nobody"; expected the slug of a file in content/people/ (one of: dien)',
    ],
    [
      "a passage missing from its source",
      withEvent({
        data: {
          ...round.data,
          citations: [{ source: { collection: "sources", id: "article" }, passage: "held in June" }],
        },
      }),
      'content/events/2025-05-19-round.md → citations[0].passage: "held in June" is not in the text of source "article"; expected words copied exactly from it',
    ],
    [
      "a slug out of step with the date",
      withEvent({}, "2025-05-20-round"),
      'content/events/2025-05-20-round.md → slug: the file name "2025-05-20-round" should start with "2025-05-19-" so that it follows the event\'s date',
    ],
    [
      "an empty body",
      withEvent({ body: "  \n" }),
      "content/events/2025-05-19-round.md → body: the Markdown body is empty; expected the event's account below the frontmatter",
    ],
    [
      "raw HTML",
      withEvent({ body: 'Text <img src="x" onerror="alert(1)">' }),
      'content/events/2025-05-19-round.md → body: raw HTML (<img src="x" onerror="alert(1)">) is not allowed; write Markdown instead',
    ],
    [
      "a story without events",
      { ...good, events: [] },
      "content/events/: no Markdown files found; expected at least one event",
    ],
  ])("reports %s with file, field and what is expected", (_, content, problem) => {
    expect(check(content)).toContain(problem);
  });

  describe("a linked source (republish: false)", () => {
    const linked = { ...source, body: "", data: { republish: false } };
    const citingIt = withEvent({
      data: {
        ...round.data,
        citations: [
          { source: { collection: "sources", id: "article" }, passage: "words the site has no text of" },
        ],
      },
    });

    test("takes its passages as quotations it cannot check, and needs no body", () => {
      expect(check({ ...citingIt, sources: [linked] })).toEqual([]);
    });

    test("while a republished source still has each passage checked against its text", () => {
      expect(check(citingIt)).toContain(
        'content/events/2025-05-19-round.md → citations[0].passage: "words the site has no text of" is not in the text of source "article"; expected words copied exactly from it',
      );
    });

    test("reports a text below its frontmatter, which it would not publish", () => {
      expect(check({ ...good, sources: [{ ...linked, body: "The article's text." }] })).toContain(
        "content/sources/article.md → body: a source with republish: false is linked, not republished; expected no text below the frontmatter (or republish: true, where the site may publish the full text)",
      );
    });
  });

  test("reports every problem at once, not only the first", () => {
    const broken = withEvent({
      body: "",
      data: { ...round.data, participants: [{ collection: "people", id: "x" }] },
    });
    expect(check(broken)).toHaveLength(2);
  });

  describe("a next step's laterEvent", () => {
    const meeting = (laterEvent: string) =>
      ({
        ...round,
        id: "2025-06-19-meeting",
        filePath: "content/events/2025-06-19-meeting.md",
        data: {
          ...round.data,
          seriesNumber: undefined,
          date: { precision: "day", start: "2025-06-19" },
          nextSteps: [
            {
              text: "Meet again.",
              citation: { source: { collection: "sources", id: "article" }, passage: "held in May" },
              laterEvent: { collection: "events", id: laterEvent },
            },
          ],
        },
      }) satisfies EventLike;
    test.each([
      [
        // Unknown: named with file and field by the reference check.
        "an unknown event",
        "2025-07-01-nothing",
        'content/events/2025-06-19-meeting.md → nextSteps[0].laterEvent: unknown events entry "2025-07-01-nothing"; expected the slug of a file in content/events/ (one of: 2025-05-19-round, 2025-06-19-meeting)',
      ],
      [
        "an earlier event",
        "2025-05-19-round",
        'content/events/2025-06-19-meeting.md → nextSteps[0].laterEvent: "2025-05-19-round" does not come after this event in the timeline; expected an event later than "2025-06-19-meeting"',
      ],
      [
        "the event itself",
        "2025-06-19-meeting",
        'content/events/2025-06-19-meeting.md → nextSteps[0].laterEvent: "2025-06-19-meeting" does not come after this event in the timeline; expected an event later than "2025-06-19-meeting"',
      ],
    ])("refuses %s", (_, laterEvent, problem) => {
      expect(check({ ...good, events: [round, meeting(laterEvent)] })).toEqual([problem]);
    });

    test("accepts a later event", () => {
      const step = meeting("2025-05-19-round");
      const earlier = { ...round, data: { ...round.data, nextSteps: step.data.nextSteps } };
      const laterMeeting = { ...step, data: { ...step.data, nextSteps: [] } };
      const pointing = {
        ...earlier,
        data: {
          ...earlier.data,
          nextSteps: [{ ...earlier.data.nextSteps[0]!, laterEvent: { collection: "events", id: step.id } }],
        },
      } satisfies EventLike;
      expect(check({ ...good, events: [pointing, laterMeeting] })).toEqual([]);
    });
  });

  test("refuses an undated event anchored to an event known only to the month", () => {
    const month = {
      ...round,
      id: "2025-04-tariffs",
      data: { ...round.data, seriesNumber: undefined, date: { precision: "month", start: "2025-04" } },
    } satisfies EventLike;
    const undated = {
      ...round,
      id: "after-2025-04-review",
      filePath: "content/events/after-2025-04-review.md",
      data: {
        ...round.data,
        seriesNumber: undefined,
        date: {
          precision: "unknown",
          relativeTo: { collection: "events", id: "2025-04-tariffs" },
          position: "after",
        },
      },
    } satisfies EventLike;
    expect(check({ ...good, events: [month, undated] })).toEqual([
      'content/events/after-2025-04-review.md → date.relativeTo: "2025-04-tariffs" has no day of its own; expected an event dated to a day or a range',
    ]);
  });
});

describe("unsafeLinks", () => {
  test.each([
    ["[x](javascript:alert(1))", "javascript:alert(1)"],
    ["[x](JavaScript:alert(1))", "JavaScript:alert(1)"],
    ["<javascript:alert(1)>", "javascript:alert(1)"],
    ["![x](data:image/svg+xml;base64,PHN2Zz4=)", "data:image/svg+xml;base64,PHN2Zz4="],
    ["[x][n]\n\n[n]: vbscript:msgbox(1)", "vbscript:msgbox(1)"],
    ["[x](java&#x09;script:alert(1))", "java\tscript:alert(1)"],
  ])("%j is refused", (markdown, url) => {
    expect(unsafeLinks(markdown)).toEqual([expect.stringContaining(`links to "${url}"`)]);
  });

  test.each([
    "[x](https://example.org/a)",
    "[x](/events/a/)",
    "[x](#notes)",
    "[x](mailto:desk@example.org)",
    "[x](../a/)",
  ])("%j is allowed", (markdown) => expect(unsafeLinks(markdown)).toEqual([]));
});

describe("repeatedItems", () => {
  test("names every repeat by its path, and the item it repeats", () => {
    const person = { collection: "people", id: "a" };
    expect(
      repeatedItems({ participants: [person, { ...person }], nested: { aliases: ["x", "y", "x"] } }),
    ).toEqual([
      { path: "participants[1]", text: "repeats participants[0]; expected each item once" },
      { path: "nested.aliases[2]", text: "repeats nested.aliases[0]; expected each item once" },
    ]);
  });

  test("lists of different items pass", () => {
    expect(repeatedItems({ participants: [{ id: "a" }, { id: "b" }], citations: [] })).toEqual([]);
  });
});

describe("a number in the series", () => {
  test("needs a series in the story's settings", () => {
    expect(checkContent(good, undefined)).toEqual([
      "content/events/2025-05-19-round.md → seriesNumber: expected no number, since content/story.yaml has no series",
    ]);
  });

  test("belongs only on events of the series' kind", () => {
    expect(check(withEvent({ data: { ...round.data, kind: "other-kind" } }))).toEqual([
      'content/events/2025-05-19-round.md → seriesNumber: expected a number only on events of kind "round-kind" (the series)',
    ]);
  });
});
