import { describe, expect, test } from "vitest";
import { whereThingsStand } from "../../src/lib/views/status";

type Precision = "day" | "range" | "month" | "year" | "unknown";
/** An event in timeline order: its id, its date's precision and the next steps it announced. */
/** A step is its text, or its text and the later event it names. */
type Step = string | [text: string, laterEvent: string];
const event = (id: string, precision: Precision, steps: Step[] = []) => ({
  id,
  entry: {
    data: {
      date: { precision },
      nextSteps: steps.map((step) =>
        typeof step === "string" ? { text: step } : { text: step[0], laterEvent: step[1] },
      ),
    },
  },
});

describe.each([
  {
    // Nothing dated: nothing can be the latest development.
    case: "no dated events",
    events: [event("undated", "unknown", ["meet again"])],
    latest: undefined,
    pending: [],
  },
  {
    // The latest event announced nothing; earlier steps are not pending, a later event may report them.
    case: "a latest event with no next steps",
    events: [event("round", "range", ["talk online"]), event("meeting", "day")],
    latest: "meeting",
    pending: [],
  },
  {
    // An undated event placed after the latest keeps it latest, and its steps are pending too.
    case: "an undated event after the latest",
    events: [
      event("round", "range", ["talk online"]),
      event("meeting", "day", ["meet again"]),
      event("review", "unknown", ["keep going"]),
    ],
    latest: "meeting",
    pending: ["meeting: meet again", "review: keep going"],
  },
  {
    // An undated event placed before the latest is earlier in the timeline: its steps are not pending.
    case: "an undated event before the latest",
    events: [event("talks", "unknown", ["write a draft"]), event("round", "range", ["meet in a month"])],
    latest: "round",
    pending: ["round: meet in a month"],
  },
  {
    // A step that names a later event has one the timeline reports: it is not pending.
    case: "a step with a later event",
    events: [
      event("meeting", "day", ["meet again", ["review the round", "review"]]),
      event("review", "unknown"),
    ],
    latest: "meeting",
    pending: ["meeting: meet again"],
  },
  {
    // Month and year dates count as dated.
    case: "a latest event known only to the month",
    events: [event("trade", "year", ["publish figures"]), event("tariffs", "month", ["negotiate"])],
    latest: "tariffs",
    pending: ["tariffs: negotiate"],
  },
])("whereThingsStand with $case", ({ events, latest, pending }) => {
  const status = whereThingsStand(events);
  test("finds the latest dated event", () => {
    expect(status?.latest.id).toBe(latest);
  });
  test("lists the steps announced since, with the event that announced each", () => {
    expect(status?.pending.map(({ event, step }) => `${event.id}: ${step.text}`) ?? []).toEqual(pending);
  });
});
