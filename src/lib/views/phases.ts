import type { Story } from "../content/story";
import { slugFromTitle } from "../content/slug";
import { shareOfYear } from "../dates/days";
import { firstDay, lastDay } from "../dates/event-date";

/**
 * The story's phases (story.yaml `phases`) as the pages show them: bands on the time axis and marks
 * in the list where each begins and ends. An event is in a phase when its first day is; an undated
 * event is in none, since the sources do not date it.
 */

type StoryPhase = Story["phases"][number];

export interface TimelinePhase extends StoryPhase {
  /** The id of its mark in the list: "phase-" and its title as a slug. */
  id: string;
  /** Its number, from 1, on the axis and in the legend. */
  number: number;
  /** The first and last calendar days it covers, YYYY-MM-DD. */
  first: string;
  last: string;
}

export function timelinePhases(phases: readonly StoryPhase[]): TimelinePhase[] {
  const taken = new Set<string>();
  return phases.map((phase, index) => {
    let id = `phase-${slugFromTitle(phase.title) || index + 1}`;
    if (taken.has(id)) id = `${id}-${index + 1}`;
    taken.add(id);
    return { ...phase, id, number: index + 1, first: firstDay(phase.start), last: lastDay(phase.end) };
  });
}

/** An event as the marks read it: its first day, or none when undated. */
export interface Markable {
  id: string;
  first: string | undefined;
}

export interface PhaseMarks {
  /** Phases that begin just before the event with this id. */
  beginsBefore: Map<string, TimelinePhase>;
  /** Phases that end just after the event with this id. */
  endsAfter: Map<string, TimelinePhase>;
  /** Undated events listed between a phase's marks, which are not in it. */
  undatedWithin: Map<string, TimelinePhase>;
}

/**
 * Where the list marks each phase: before its first event and after its last, among `events` in
 * timeline order (one page's). A phase with no events on the page gets no marks there.
 */
export function phaseMarks(events: readonly Markable[], phases: readonly TimelinePhase[]): PhaseMarks {
  const marks: PhaseMarks = { beginsBefore: new Map(), endsAfter: new Map(), undatedWithin: new Map() };
  for (const phase of phases) {
    const inPhase = (event: Markable) =>
      event.first !== undefined && event.first >= phase.first && event.first <= phase.last;
    const from = events.findIndex(inPhase);
    if (from < 0) continue;
    const to = events.findLastIndex(inPhase);
    marks.beginsBefore.set(events[from]!.id, phase);
    marks.endsAfter.set(events[to]!.id, phase);
    for (const event of events.slice(from, to + 1)) {
      if (event.first === undefined) marks.undatedWithin.set(event.id, phase);
    }
  }
  return marks;
}

/** A phase's band across one year of the axis: where it starts and ends, 0–1. */
export interface PhaseBand {
  phase: TimelinePhase;
  start: number;
  end: number;
}

/** The bands of the phases that cover part of `year`, cut at its first and last day. */
export function phaseBands(year: string, phases: readonly TimelinePhase[]): PhaseBand[] {
  return phases
    .filter((phase) => phase.first <= `${year}-12-31` && phase.last >= `${year}-01-01`)
    .map((phase) => ({
      phase,
      start: phase.first < year ? 0 : shareOfYear(phase.first).start,
      end: phase.last > `${year}-12-31` ? 1 : shareOfYear(phase.last).end,
    }));
}
