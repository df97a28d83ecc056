import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildFixture, type Patch } from "./build-fixture";

/**
 * Each case breaks the good fixture in one way and expects the build to fail, naming the file,
 * the field and what is expected. Builds are real `astro build` runs, so this is slow by design.
 */

const round = "events/2025-05-19-test-round.md";
const article = "sources/test-article.md";
/** The good fixture's article made a linked one: its address, publisher and date instead of its text. */
const linkedArticle: Patch = {
  file: article,
  replace: [
    "editorialTitle: true",
    'republish: false\nurl: "https://news.example/test-article"\npublisher: Test News\npublished: "2025-05-23"',
  ],
};
const meeting = "events/2025-05-22-test-meeting.md";
/** A real image for the media cases, from the second test story. */
const testPhoto: Patch = {
  file: "media/test-photo.png",
  write: readFileSync(join(import.meta.dirname, "../fixtures/second-story/media/test-lake-shapes.png")),
};

const cases: Array<{ name: string; patches: Patch[]; expected: string[] }> = [
  {
    name: "broken frontmatter YAML",
    patches: [{ file: meeting, replace: ["title: Minister meets a counterpart", "title: [unclosed"] }],
    // js-yaml's own message, with the file and the line of the mistake.
    expected: ["content/events/2025-05-22-test-meeting.md:2", "missed comma between flow collection entries"],
  },
  {
    name: "a date in the wrong format",
    patches: [{ file: meeting, replace: ['start: "2025-05-22"', 'start: "22/05/2025"'] }],
    expected: ["2025-05-22-test-meeting", "date.start", "YYYY-MM-DD"],
  },
  {
    name: "an impossible date",
    patches: [{ file: meeting, replace: ['start: "2025-05-22"', 'start: "2025-02-30"'] }],
    expected: ["2025-05-22-test-meeting", "date.start", "real calendar day"],
  },
  {
    name: "an end before the start",
    patches: [{ file: round, replace: ['end: "2025-05-22"', 'end: "2025-05-12"'] }],
    expected: ["2025-05-19-test-round", "date.end", "after the start"],
  },
  {
    name: "a precision that does not fit the date",
    patches: [{ file: meeting, replace: ["precision: day", "precision: month"] }],
    expected: ["2025-05-22-test-meeting", "date.start", "YYYY-MM"],
  },
  {
    name: "an unknown event kind",
    patches: [{ file: meeting, replace: ["kind: ministerial-meeting", "kind: summit"] }],
    expected: ["2025-05-22-test-meeting", "kind", "expected a kind from content/story.yaml"],
  },
  {
    name: "an unknown person",
    patches: [{ file: meeting, replace: ["participants: [test-person]", "participants: [nobody]"] }],
    expected: [
      "content/events/2025-05-22-test-meeting.md",
      "participants[0]",
      'unknown people entry "nobody"',
    ],
  },
  {
    name: "an unknown source",
    patches: [{ file: meeting, replace: ["  - source: test-article", "  - source: no-such-article"] }],
    expected: [
      "2025-05-22-test-meeting.md",
      "citations[0].source",
      'unknown sources entry "no-such-article"',
    ],
  },
  {
    name: "a missing citation",
    patches: [
      {
        file: meeting,
        replace: [
          readFileSync(join(import.meta.dirname, "../fixtures/good-content", meeting), "utf8").match(
            /citations:[\s\S]*?(?=---)/,
          )![0],
          "citations: []\n",
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting",
      "citations",
      "at least one citation",
      "(content/story.yaml sets eventCitations: required)",
    ],
  },
  {
    name: "a passage that is not in its source",
    patches: [{ file: meeting, replace: ['met a counterpart."', 'signed the agreement."'] }],
    expected: ["2025-05-22-test-meeting.md", "citations[0].passage", "is not in the text of source"],
  },
  {
    name: "a duplicate slug in another folder",
    patches: [{ file: "events/2025/2025-05-22-test-meeting.md", write: readFixture(meeting) }],
    expected: [
      "2025-05-22-test-meeting.md",
      "slug",
      "is already the slug of",
      "expected each file name to be used once",
    ],
  },
  {
    name: "a duplicate number in the series",
    patches: [
      { file: meeting, replace: ["kind: ministerial-meeting", "kind: negotiation-round\nseriesNumber: 2"] },
    ],
    expected: [
      "2025-05-22-test-meeting.md → seriesNumber: number 2 is already",
      "/rounds/2/ is its permanent link",
    ],
  },
  {
    name: "an empty body",
    patches: [{ file: meeting, replace: ["The minister met a counterpart.", ""] }],
    expected: ["2025-05-22-test-meeting.md", "body", "empty"],
  },
  {
    name: "a linked source without its address, publisher and date",
    patches: [{ file: article, replace: ["editorialTitle: true", "republish: false"] }],
    expected: [
      "test-article",
      "url: expected the article's address: a source with republish: false is a link to the published article",
      "publisher: expected its publisher",
      "published: expected the day it was published",
    ],
  },
  {
    name: "a linked source whose address is not a web address",
    patches: [
      linkedArticle,
      { file: article, replace: ["https://news.example/test-article", "javascript:alert(1)"] },
    ],
    expected: ["test-article", "url", "expected the article's address"],
  },
  {
    name: "a linked source with the article's text below its frontmatter",
    patches: [linkedArticle],
    expected: [
      "content/sources/test-article.md → body: a source with republish: false is linked, not republished; expected no text below the frontmatter",
    ],
  },
  {
    name: "a republished source with an empty body",
    patches: [{ file: article, write: readFixture(article).replace(/---\n\n[\s\S]*$/, "---\n") }],
    expected: [
      "content/sources/test-article.md → body: the Markdown body is empty; expected the article's full text (or republish: false and its url",
    ],
  },
  {
    name: "a time in a zone the story settings do not list",
    patches: [
      {
        file: meeting,
        replace: [
          'start: "2025-05-22"',
          'start: "2025-05-22"\n  time: "21:00"\n  timeZone: America/New_York',
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting",
      "date.timeZone",
      "expected one of the timeZones in content/story.yaml: Asia/Ho_Chi_Minh",
    ],
  },
  {
    name: "a script in Markdown",
    patches: [{ file: meeting, replace: ["The minister met a counterpart.", "<script>alert(1)</script>"] }],
    expected: ["2025-05-22-test-meeting.md", "body", "raw HTML (<script>) is not allowed"],
  },
  {
    name: "a slug that does not follow the date",
    patches: [{ file: meeting, replace: ['start: "2025-05-22"', 'start: "2025-05-23"'] }],
    expected: ["2025-05-22-test-meeting.md", "slug", 'should start with "2025-05-23-"'],
  },
  {
    name: "a next step's laterEvent that names no event",
    patches: [
      {
        file: meeting,
        replace: [
          "citations:\n",
          'nextSteps:\n  - text: "Meet again."\n    citation:\n      source: test-article\n      passage: "met a counterpart."\n    laterEvent: 2025-06-01-nothing\ncitations:\n',
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting.md",
      "nextSteps[0].laterEvent",
      'unknown events entry "2025-06-01-nothing"',
    ],
  },
  {
    name: "a next step's laterEvent that comes earlier",
    patches: [
      {
        file: meeting,
        replace: [
          "citations:\n",
          'nextSteps:\n  - text: "Meet again."\n    citation:\n      source: test-article\n      passage: "met a counterpart."\n    laterEvent: 2025-05-19-test-round\ncitations:\n',
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting.md",
      "nextSteps[0].laterEvent",
      '"2025-05-19-test-round" does not come after this event in the timeline',
    ],
  },
  {
    name: "links that would run script (javascript:, vbscript:, data:)",
    patches: [
      {
        file: meeting,
        replace: [
          "The minister met a counterpart.",
          "The minister met [a counterpart](javascript:alert(1)).\n\n![A chart](data:text/html;base64,PHNjcmlwdD4=)\n\nSee [the notes][notes].\n\n[notes]: VBScript:msgbox(1)",
        ],
      },
    ],
    expected: [
      '2025-05-22-test-meeting.md → body: line 1 of the text links to "javascript:alert(1)"',
      'links to "data:text/html;base64,PHNjcmlwdD4="',
      'links to "VBScript:msgbox(1)"',
      "expected an http:, https: or mailto: address or a path on this site",
    ],
  },
  {
    name: "files the loader would drop or garble (.markdown, .MD, .txt, not UTF-8)",
    patches: [
      { file: "events/2025-05-23-draft.markdown", write: readFixture(meeting) },
      { file: "people/second-person.MD", write: readFixture("people/test-person.md") },
      { file: "sources/notes.txt", write: "Notes for the desk." },
      {
        file: meeting,
        write: Buffer.concat([
          Buffer.from(readFixture(meeting).replace("The minister met a counterpart.\n", "The minister met ")),
          Buffer.from("a counterpart at the caf\xe9.\n", "latin1"),
        ]),
      },
    ],
    expected: [
      "content/events/2025-05-23-draft.markdown: not read, since only files ending in .md are",
      "content/people/second-person.MD: not read",
      "content/sources/notes.txt: not read",
      `content/${meeting}:${readFixture(meeting).split("\n").length - 1}: the file is not valid UTF-8`,
    ],
  },
  {
    name: "the same person, or the same citation, twice in one list",
    patches: [
      { file: meeting, replace: ["participants: [test-person]", "participants: [test-person, test-person]"] },
      {
        file: meeting,
        replace: [
          'passage: "On May 22, Minister Test Person met a counterpart."',
          'passage: "On May 22, Minister Test Person met a counterpart."\n  - source: test-article\n    passage: "On May 22, Minister Test Person met a counterpart."',
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting.md → participants[1]: repeats participants[0]; expected each item once",
      "citations[1]: repeats citations[0]",
    ],
  },
  {
    name: "a figure in a unit the story settings do not list",
    patches: [
      {
        file: meeting,
        replace: [
          "citations:\n",
          'figures:\n  - label: A rate\n    value: 46\n    unit: euro\n    citation: { source: test-article, passage: "On May 22, Minister Test Person met a counterpart." }\ncitations:\n',
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting",
      "figures.0.unit: expected a unit from content/story.yaml: USD billion, percent",
    ],
  },
  {
    name: "media without alt text or credit, at an unsafe address, an SVG, or both an image and a url",
    patches: [
      testPhoto,
      { file: "media/drawing.svg", write: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>' },
      {
        file: meeting,
        replace: [
          "citations:\n",
          `media:
  - image: ../media/test-photo.png
    credit: Test image
  - url: https://media.example/clip
  - url: "javascript:alert(1)"
    credit: Test clip
  - image: ../media/drawing.svg
    alt: A drawing
    credit: Test drawing
  - image: ../media/test-photo.png
    url: https://media.example/clip
    alt: A test image
    credit: Test image
citations:\n`,
        ],
      },
    ],
    expected: [
      "2025-05-22-test-meeting",
      "media.0.alt: expected the image's alt text: what it shows",
      "media.1.credit: expected a credit: who made or owns it",
      "media.2.url: expected the media's address: an http: or https: address",
      "media.3.image: expected an image file (.jpg, .png, .webp, .avif or .gif)",
      "media.4.image: expected either image (a file in content/media/) or url (remote media), not both or neither",
    ],
  },
  {
    name: "a person's image that is not there",
    patches: [
      {
        file: "people/test-person.md",
        replace: [
          "citations:\n",
          "media:\n  - image: ../media/missing.jpg\n    alt: A portrait\n    credit: Test\ncitations:\n",
        ],
      },
    ],
    expected: [
      'content/people/test-person.md → media.0.image: "../media/missing.jpg" is not there; expected the path of an image file',
    ],
  },
  {
    name: "media files that are not images (.txt, or a .png that holds text)",
    patches: [
      { file: "media/broken.png", write: "Not an image." },
      { file: "media/notes.txt", write: "Notes for the desk." },
      {
        file: meeting,
        replace: [
          "citations:\n",
          "media:\n  - image: ../media/broken.png\n    alt: Broken\n    credit: Test\n  - image: ../media/notes.txt\n    alt: Notes\n    credit: Test\ncitations:\n",
        ],
      },
    ],
    expected: [
      `content/${meeting} → media.0.image: "../media/broken.png" is not an image file; expected a .jpg, .png, .webp, .avif or .gif image`,
      `content/${meeting} → media.1.image: "../media/notes.txt" is not an image file`,
    ],
  },
  {
    name: "a content folder without its story settings",
    patches: [{ remove: "story.yaml" }],
    expected: ["content/story.yaml: not found; expected the story's settings"],
  },
  {
    name: "broken YAML in the story settings",
    patches: [{ file: "story.yaml", replace: ["title: Test Timeline", "title: [unclosed"] }],
    // The yaml library's own message, at the line where it found the sequence unclosed.
    expected: ["content/story.yaml:3:", "end with a ]"],
  },
  {
    name: "story settings of the wrong kind, an unknown time zone, an embed origin with a path, a language without a dictionary and an unknown field",
    patches: [
      { file: "story.yaml", replace: ["homeEventLimit: 300", "homeEventLimit: many\ncolour: red"] },
      { file: "story.yaml", replace: ["id: Asia/Ho_Chi_Minh", "id: Asia/Test_City"] },
      { file: "story.yaml", replace: ['value: "{value}%"', 'value: "%"'] },
      { file: "story.yaml", replace: ["path: rounds", "path: events"] },
      {
        file: "story.yaml",
        replace: [
          "lang: en",
          "lang: xx\neventCitations: sometimes\nembedOrigins: [https://news.example/articles/]",
        ],
      },
    ],
    expected: [
      "content/story.yaml → series.path: expected a path other than the site's own",
      'content/story.yaml → embedOrigins.0: expected an origin such as "https://news.example"',
      'content/story.yaml → figureUnits.percent.value: expected a wording with "{value}" in it',
      "content/story.yaml → homeEventLimit:",
      'content/story.yaml → timeZones.0.id: expected an IANA time zone such as "Europe/Paris"',
      'content/story.yaml → eventCitations: expected "required" or "optional"',
      "content/story.yaml → lang: expected a language the interface has a dictionary for (src/i18n/): en, vi",
      "colour",
    ],
  },
  {
    name: "a title with a character the display font lacks, and an accent colour too faint in the dark theme",
    patches: [
      {
        file: meeting,
        replace: ["title: Minister meets a counterpart", "title: Minister meets a counterpart 中"],
      },
      {
        file: "story.yaml",
        replace: [
          "homeEventLimit: 300",
          'homeEventLimit: 300\nbrand: { accent: { light: "#a4161a", dark: "#777" } }',
        ],
      },
    ],
    expected: [
      'content/events/2025-05-22-test-meeting.md → title: "中" (U+4E2D) is not in the font Source Serif 4 Subhead Semibold',
      "content/story.yaml → brand.accent.dark: #777 on #202020 is 3.6:1, needs 4.5:1",
    ],
  },
  {
    name: "phases with an end before the start, without a citation, and overlapping",
    patches: [
      {
        file: "story.yaml",
        replace: [
          "timeZones:",
          [
            "phases:",
            "  - title: Backwards",
            '    start: "2025-05-22"',
            '    end: "2025-05-19"',
            "  - title: Overlapping",
            '    start: "2025-05"',
            '    end: "2025-06"',
            "    citations: [{ source: test-article, passage: The second round }]",
            "timeZones:",
          ].join("\n"),
        ],
      },
    ],
    expected: [
      "content/story.yaml → phases.0.end: expected the end (2025-05-19) not before the start (2025-05-22)",
      "content/story.yaml → phases.0.citations: expected at least one citation",
      'content/story.yaml → phases.1.start: expected "Overlapping" to start after phases[0] ("Backwards") ends',
    ],
  },
  {
    name: "a phase citing an unknown source, and a passage not in its source",
    patches: [
      {
        file: "story.yaml",
        replace: [
          "timeZones:",
          [
            "phases:",
            "  - title: Talks",
            '    start: "2025-05"',
            '    end: "2025-06"',
            "    citations:",
            "      - { source: no-such-article, passage: Anything }",
            "      - { source: test-article, passage: Words the article does not have }",
            "timeZones:",
          ].join("\n"),
        ],
      },
    ],
    expected: [
      'content/story.yaml → phases[0].citations[0].source: unknown sources entry "no-such-article"',
      'content/story.yaml → phases[0].citations[1].passage: "Words the article does not have" is not in the text of source "test-article"',
    ],
  },
  {
    name: "a missing collection folder (wrong glob base)",
    patches: [{ remove: "sources" }],
    expected: ["content/sources/: no such folder; expected it (it may be empty)"],
  },
];

function readFixture(file: string): string {
  return readFileSync(join(import.meta.dirname, "../fixtures/good-content", file), "utf8");
}

describe("content that the build must refuse", () => {
  test("the good fixture builds, with a page for every entry", () => {
    const result = buildFixture();
    expect(result.status, result.output).toBe(0);
    for (const page of [
      "events/2025-05-19-test-round",
      "events/after-2025-05-22-test-review",
      "rounds/2",
      "people/test-person",
      "sources/test-article",
    ]) {
      expect(existsSync(join(result.outDir, page, "index.html")), page).toBe(true);
    }
    rmSync(result.work, { recursive: true });
  });

  test("a story whose events need not cite builds an uncited event, and its page says it is not sourced", () => {
    const result = buildFixture([
      {
        file: "story.yaml",
        replace: ["homeEventLimit: 300", "homeEventLimit: 300\neventCitations: optional"],
      },
      { file: meeting, replace: [readFixture(meeting).match(/citations:[\s\S]*?(?=---)/)![0], ""] },
    ]);
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(join(result.outDir, "events/2025-05-22-test-meeting/index.html"), "utf8");
    rmSync(result.work, { recursive: true });
    expect(page).toContain("Not sourced on this site: this event cites no source.");
  });

  test.each(cases)("$name fails the build with file, field and what is expected", ({ patches, expected }) => {
    const result = buildFixture(patches);
    rmSync(result.work, { recursive: true });
    expect(result.status, result.output).not.toBe(0);
    for (const text of expected) expect(result.output).toContain(text);
  });
});
