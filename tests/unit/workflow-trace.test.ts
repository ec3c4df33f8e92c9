import { describe, expect, it } from "vitest";
import { standingSubmission, workflowTrace } from "@/lib/figures/trace";

const sent = new Date("2026-01-15T02:00:00Z");
const reviewed = new Date("2026-01-20T03:30:00Z");
const year = { submittedBy: "Cán bộ Văn phòng", submittedAt: sent, reviewedBy: "Lãnh đạo Đảng ủy", reviewedAt: reviewed };

describe("workflowTrace", () => {
  it("a returned draft says who gave it back and when, and no longer shows its old submission", () => {
    expect(workflowTrace({ ...year, status: "DRAFT" })).toEqual([{ step: "returned", name: "Lãnh đạo Đảng ủy", at: reviewed }]);
  });

  it("a submitted year shows who sent it; an approved one who sent and who approved it", () => {
    expect(workflowTrace({ ...year, status: "SUBMITTED", reviewedBy: null, reviewedAt: null })).toEqual([{ step: "submitted", name: "Cán bộ Văn phòng", at: sent }]);
    expect(workflowTrace({ ...year, status: "APPROVED" }).map((l) => `${l.step}: ${l.name}`)).toEqual(["submitted: Cán bộ Văn phòng", "reviewed: Lãnh đạo Đảng ủy"]);
  });

  it("a draft never sent shows no trace", () => {
    expect(workflowTrace({ status: "DRAFT", submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null })).toEqual([]);
  });
});

describe("standingSubmission", () => {
  it("lists a submission time only while the year stands submitted or approved", () => {
    expect(standingSubmission("SUBMITTED", sent)).toBe(sent);
    expect(standingSubmission("APPROVED", sent)).toBe(sent);
    expect(standingSubmission("DRAFT", sent)).toBeNull();
  });
});
