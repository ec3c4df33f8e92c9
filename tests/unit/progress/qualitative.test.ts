import { describe, expect, it } from "vitest";
import { computeProgress, type AssessmentResult } from "@/lib/progress";
import { spec } from "./helpers";

const term = { startYear: 2020, endYear: 2025 };
const breakthrough = spec("QUALITATIVE", null);
const assess = (result: AssessmentResult, reviewYear: number, year?: number) =>
  computeProgress({ target: breakthrough, term, reviewYear, values: [], assessment: { result, note: "Đã ban hành đề án", year } });

describe("QUALITATIVE", () => {
  it("takes the status from the assessment; there is no % of plan", () => {
    expect(assess("ACHIEVED", 2022).status).toBe("ACHIEVED");
    expect(assess("ON_TRACK", 2022).status).toBe("ON_TRACK");
    expect(assess("AT_RISK", 2022).status).toBe("AT_RISK");
    expect(assess("ACHIEVED", 2022).percentOfPlan).toBeNull();
    expect(assess("ACHIEVED", 2022).forecast).toBeNull();
  });

  it("'not achieved' is OFF_TRACK during the term and NOT_ACHIEVED once it is over", () => {
    expect(assess("NOT_ACHIEVED", 2022).status).toBe("OFF_TRACK");
    expect(assess("NOT_ACHIEVED", 2025).status).toBe("NOT_ACHIEVED");
  });

  it("no assessment, an assessment made after the review year, or a term not started is NO_DATA", () => {
    expect(computeProgress({ target: breakthrough, term, reviewYear: 2022, values: [] }).status).toBe("NO_DATA");
    expect(computeProgress({ target: breakthrough, term, reviewYear: 2022, values: [], assessment: null }).status).toBe("NO_DATA");
    expect(assess("ACHIEVED", 2022, 2024).status).toBe("NO_DATA");
    expect(assess("ACHIEVED", 2022, 2022).status).toBe("ACHIEVED");
    expect(assess("ACHIEVED", 2019).status).toBe("NO_DATA");
  });

  it("the comparator has no effect", () => {
    const p = computeProgress({ target: spec("QUALITATIVE", null, "LTE"), term, reviewYear: 2022, values: [], assessment: { result: "ACHIEVED" } });
    expect(p.status).toBe("ACHIEVED");
  });
});
