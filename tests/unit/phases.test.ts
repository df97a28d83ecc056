import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readStory } from "../../src/lib/content/story";
import { phaseBands, phaseMarks, timelinePhases, type TimelinePhase } from "../../src/lib/views/phases";

const goodSettings = readFileSync(join(import.meta.dirname, "../fixtures/good-content/story.yaml"), "utf8");

/** The good fixture's settings with `phases` (YAML) added, read as the build reads them. */
function readWithPhases(phases: string | undefined, extra = "") {
  const folder = mkdtempSync(join(tmpdir(), "phases-"));
  writeFileSync(
    join(folder, "story.yaml"),
    `${goodSettings}${extra}${phases === undefined ? "" : `\nphases:\n${phases}`}`,
  );
  return () => readStory(folder);
}

/** One phase in YAML, cited unless `cited` is false; `more` adds fields. */
const phase = (title: string, start: string, end: string, { cited = true, more = "" } = {}) =>
  [
    `  - title: ${title}`,
    `    start: ${start}`,
    `    end: ${end}`,
    ...(cited ? ["    citations: [{ source: test-article, passage: The second round }]"] : []),
    ...(more ? [`    ${more}`] : []),
  ].join("\n") + "\n";

describe("phases in the story settings", () => {
  test("are none when left out", () => {
    expect(readWithPhases(undefined)().phases).toEqual([]);
  });

  test("take a day, a month or a year, with the precision of its form", () => {
    const story = readWithPhases(
      `${phase("A", '"2024"', "2024-11")}${phase("B", "2025-05-19", '"2025-05-22"')}`,
    )();
    expect(story.phases.map(({ start, end }) => [start, end])).toEqual([
      [
        { precision: "year", start: "2024" },
        { precision: "month", start: "2024-11" },
      ],
      [
        { precision: "day", start: "2025-05-19" },
        { precision: "day", start: "2025-05-22" },
      ],
    ]);
    expect(story.phases[0]!.citations).toEqual([
      { source: { collection: "sources", id: "test-article" }, passage: "The second round" },
    ]);
  });

  test.each([
    // A year as a number, as YAML reads 2024 unquoted.
    { phases: `${phase("A", "2024", "2024")}`, problems: [] },
    {
      phases: `${phase("A", '"2025-05-22"', '"2025-05-19"')}`,
      problems: ["phases.0.end: expected the end (2025-05-19) not before the start (2025-05-22)"],
    },
    // A month ends on its last day, so a day within it is not before it.
    { phases: `${phase("A", '"2025-05-22"', '"2025-05"')}`, problems: [] },
    {
      phases: `${phase("A", '"2025-02-30"', '"2025-13"')}`,
      problems: [
        "phases.0.start: expected a real calendar date",
        "phases.0.end: expected a real calendar date",
      ],
    },
    {
      phases: `${phase("A", '"2025-05"', '"2025-06"')}${phase("B", '"2025-06-30"', '"2025-07"')}`,
      problems: ['phases.1.start: expected "B" to start after phases[0] ("A") ends (2025-06)'],
    },
    // Listed out of order: the later phase first.
    {
      phases: `${phase("A", '"2025-07"', '"2025-08"')}${phase("B", '"2025-05"', '"2025-06"')}`,
      problems: ['phases.1.start: expected "B" to start after phases[0] ("A") ends'],
    },
    {
      phases: `${phase("A", '"2025-05"', '"2025-06"', { cited: false })}`,
      problems: ["phases.0.citations: expected at least one citation"],
    },
    {
      phases: phase('""', '"2025-05"', '"2025-06"', { more: "colour: red" }),
      problems: ["phases.0.title", "colour"],
    },
  ])("%#: $problems", ({ phases, problems }) => {
    const read = readWithPhases(phases);
    if (problems.length === 0) expect(read).not.toThrow();
    else for (const problem of problems) expect(read).toThrow(problem);
  });

  test("need no citation in a story whose events need none", () => {
    const read = readWithPhases(
      `${phase("A", '"2025-05"', '"2025-06"', { cited: false })}`,
      "\neventCitations: optional",
    );
    expect(read().phases[0]!.citations).toEqual([]);
  });
});

const phases = timelinePhases([
  {
    title: "Spring talks",
    start: { precision: "month", start: "2025-03" },
    end: { precision: "day", start: "2025-05-19" },
    citations: [],
  },
  {
    title: "Winter",
    start: { precision: "day", start: "2025-12-01" },
    end: { precision: "month", start: "2026-02" },
    citations: [],
  },
]);

describe("timelinePhases", () => {
  test("numbers the phases and gives their first and last days", () => {
    expect(phases.map(({ id, number, first, last }) => ({ id, number, first, last }))).toEqual([
      { id: "phase-spring-talks", number: 1, first: "2025-03-01", last: "2025-05-19" },
      { id: "phase-winter", number: 2, first: "2025-12-01", last: "2026-02-28" },
    ]);
  });
});

describe("phaseBands", () => {
  const shares = (year: string) =>
    phaseBands(year, phases).map(({ phase, start, end }) => [
      phase.number,
      +start.toFixed(3),
      +end.toFixed(3),
    ]);
  test.each([
    // 1 March is day 60 of 365; 19 May ends day 139.
    {
      year: "2025",
      bands: [
        [1, 0.162, 0.381],
        [2, 0.915, 1],
      ],
    },
    // Winter runs on from the year before to the end of February (59 days).
    { year: "2026", bands: [[2, 0, 0.162]] },
    { year: "2024", bands: [] },
  ])("$year", ({ year, bands }) => {
    expect(shares(year)).toEqual(bands);
  });
});

describe("phaseMarks", () => {
  const event = (id: string, first?: string) => ({ id, first });
  test("marks each phase before its first event and after its last; undated events between are in none", () => {
    const marks = phaseMarks(
      [
        event("before", "2025-02-27"),
        event("a", "2025-03-01"),
        event("undated"),
        event("b", "2025-05-19"),
        event("after", "2025-05-20"),
        event("undated-later"),
      ],
      phases,
    );
    const ids = (map: Map<string, TimelinePhase>) => [...map].map(([id, phase]) => [id, phase.number]);
    expect(ids(marks.beginsBefore)).toEqual([["a", 1]]);
    expect(ids(marks.endsAfter)).toEqual([["b", 1]]);
    expect(ids(marks.undatedWithin)).toEqual([["undated", 1]]);
  });

  test("leaves out a phase with no events in the list", () => {
    expect(phaseMarks([event("x", "2025-07-01")], phases).beginsBefore.size).toBe(0);
  });
});
