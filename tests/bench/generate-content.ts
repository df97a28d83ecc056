/**
 * Writes a synthetic timeline of N events (with people and sources) for benchmarks, in the
 * shape of content/: TIMELINE_CONTENT_DIR=<folder>/content builds it instead of the real story.
 * Deterministic: the same N gives the same files.
 *
 *   node tests/bench/generate-content.ts 10000 /tmp/timeline-10000
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The generated story's settings: every kind it uses, both sides, one time zone. */
const STORY = `title: Generated timeline (benchmark data)
description: A synthetic timeline for benchmarks.
summary: Generated events, people and sources in the shape of a real story, to measure the build and search.
lang: en
ogLocale: en_GB
homeEventLimit: 300
countries:
  VN: { name: Việt Nam, adjective: Vietnamese }
  US: { name: United States, adjective: US }
eventKinds:
  negotiation-round: Negotiation round
  ministerial-meeting: Ministerial meeting
  virtual-meeting: Virtual meeting
  congressional-meeting: Meeting with lawmakers
  government-review: Government review
series:
  kind: negotiation-round
  path: rounds
  title: Negotiation rounds
  navLabel: Rounds
  item: round
  description: The negotiation rounds, with permanent short links.
  note: The rounds the generated data gives, oldest first.
timeZones:
  - { id: Asia/Ho_Chi_Minh, place: Hà Nội }
`;
const KINDS = [
  "negotiation-round",
  "ministerial-meeting",
  "virtual-meeting",
  "congressional-meeting",
  "government-review",
];
const TOPICS = [
  "rules of origin",
  "digital trade",
  "market access",
  "agricultural products",
  "semiconductors",
  "textiles",
  "seafood",
  "energy",
  "aircraft",
  "tariff schedules",
  "customs cooperation",
  "services",
];
const PLACES = ["Washington, D.C.", "Hà Nội", "Geneva", "Singapore", "virtual"];
const FIRST = ["Lan", "Minh", "Thảo", "Đức", "Hùng", "Anne", "James", "Maria", "Robert", "Linh"];
const LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Smith", "Johnson", "Brown", "Miller", "Davis"];

/** A small deterministic pseudo-random generator, so runs are comparable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const pad = (value: number) => String(value).padStart(2, "0");

export function generateContent(eventCount: number, folder: string): string {
  const rand = random(eventCount);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const content = join(folder, "content");
  rmSync(folder, { recursive: true, force: true });
  for (const sub of ["events", "people", "sources"]) mkdirSync(join(content, sub), { recursive: true });
  writeFileSync(join(content, "story.yaml"), STORY);

  const sourceCount = Math.max(5, Math.ceil(eventCount / 10));
  const sentences: string[][] = [];
  for (let s = 0; s < sourceCount; s++) {
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `Delegations discussed ${pick(TOPICS)} and ${pick(TOPICS)} in session ${s}-${i}, and agreed to continue talks on ${pick(TOPICS)}.`,
    );
    sentences.push(lines);
    writeFileSync(
      join(content, "sources", `source-${s}.md`),
      `---\ntitle: "Synthetic article ${s}"\neditorialTitle: true\ndateNote: "Synthetic article for benchmarks."\noriginalFile: ${String(s % 1000).padStart(3, "0")}_0000000000000000.txt\n---\n\n${lines.join("\n\n")}\n`,
    );
  }

  const peopleCount = Math.max(8, Math.ceil(eventCount / 50));
  for (let p = 0; p < peopleCount; p++) {
    const name = `${pick(LAST)} ${pick(FIRST)} ${p}`;
    writeFileSync(
      join(content, "people", `person-${p}.md`),
      `---\nname: "${name}"\nrole: "Negotiator ${p}"\ncountry: ${p % 2 ? "US" : "VN"}\ncitations:\n  - source: source-0\n    passage: "${sentences[0]![0]}"\n---\n`,
    );
  }

  for (let e = 0; e < eventCount; e++) {
    const year = 2000 + Math.floor(e / 400);
    const dayOfYear = Math.floor(((e % 400) / 400) * 360);
    const start = `${year}-${pad(Math.floor(dayOfYear / 30) + 1)}-${pad((dayOfYear % 28) + 1)}`;
    const isRange = e % 7 === 0;
    const end = `${start.slice(0, 8)}${pad(Math.min(Number(start.slice(8)) + 2, 28))}`;
    const date =
      isRange && end > start
        ? `{ precision: range, start: "${start}", end: "${end}" }`
        : `{ precision: day, start: "${start}" }`;
    const source = e % sourceCount;
    const passage = sentences[source]![e % 12]!;
    const participants = [e % peopleCount, (e * 7 + 3) % peopleCount].map((p) => `person-${p}`);
    const topic = pick(TOPICS);
    writeFileSync(
      join(content, "events", `${start}-event-${e}.md`),
      `---
title: "Talks on ${topic}, meeting ${e}"
date: ${date}
kind: ${pick(KINDS)}
location: "${pick(PLACES)}"
participants: [${[...new Set(participants)].join(", ")}]
summary: "Negotiators met for meeting ${e} and discussed ${topic}, with follow-up work agreed on ${pick(TOPICS)}."
positions:
  - side: VN
    text: "Việt Nam asked for progress on ${pick(TOPICS)}."
    citation: { source: source-${source}, passage: "${passage}" }
citations:
  - source: source-${source}
    passage: "${passage}"
---

Meeting ${e} covered ${topic}. ${passage}

The delegations agreed that technical teams would continue work on ${pick(TOPICS)} and report back before the next meeting.
`,
    );
  }
  return content;
}

if (import.meta.main) {
  const [count = "100", folder = `/tmp/timeline-${count}`] = process.argv.slice(2);
  console.log(generateContent(Number(count), folder));
}
