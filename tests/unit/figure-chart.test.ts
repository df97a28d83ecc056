import { describe, expect, test } from "vitest";
import { changeText, chartGroups, figureValueText, type Figure } from "../../src/lib/views/figure-chart";

const citation = { source: { collection: "sources" as const, id: "article" }, passage: "words" };
const figure = (label: string, value: number, unit: Figure["unit"]): Figure => ({
  label,
  value,
  unit,
  citation,
});

describe("chartGroups", () => {
  test("groups by unit in order of first appearance, each bar a share of its group's scale", () => {
    const groups = chartGroups([
      figure("total", 150, "USD billion"),
      figure("tariff", 46, "percent"),
      figure("exports", 15, "USD billion"),
      figure("baseline", 10, "percent"),
    ]);
    expect(groups.map(({ unit, scaleMax, bars }) => [unit, scaleMax, bars.map((bar) => bar.share)])).toEqual([
      // Money against the largest amount.
      ["USD billion", 150, [1, 0.1]],
      // Percentages against 100%, their natural whole.
      ["percent", 100, [0.46, 0.1]],
    ]);
  });

  test.each([
    ["a percentage over 100 sets the scale", [figure("rise", 250, "percent")], [["percent", 250]]],
    ["a negative value leaves its group to the table", [figure("fall", -3, "USD billion")], []],
    ["all zero: nothing to draw", [figure("none", 0, "USD billion")], []],
    ["no figures", [], []],
  ])("%s", (_, figures, expected) => {
    expect(chartGroups(figures).map((group) => [group.unit, group.scaleMax])).toEqual(expected);
  });
});

describe("figure wording", () => {
  test.each([
    [136.6, "USD billion", "US$136.6 billion"],
    [46, "percent", "46%"],
    [1234.56, "USD billion", "US$1,234.6 billion"],
  ] as const)("%d %s reads %s", (value, unit, text) => {
    expect(figureValueText(value, unit)).toBe(text);
  });

  test.each([
    [19.3, "+19.3%"],
    [-4, "-4%"],
    [0, "0%"],
    [0.04, "0%"],
  ])("a change of %d reads %s", (change, text) => {
    expect(changeText(change)).toBe(text);
  });
});
