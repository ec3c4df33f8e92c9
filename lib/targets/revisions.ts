// Target versions as the dashboard and the report read them: database rows to plain fields, and the
// dashboard's target definition with the version in force for a review year (lib/targets/in-force.ts).
import type { TargetDef } from "@/lib/dashboard/types";
import { targetInForce, type RevisionFields } from "./in-force";

interface RevisionRow {
  revision: number;
  effectiveFrom: number;
  titleVi: string;
  titleEn: string;
  comparator: "GTE" | "LTE";
  targetValue: { toString(): string } | null;
  baselineValue: { toString(): string } | null;
  baselineYear: number | null;
  deadlineYear: number | null;
  reference: string | null;
}

export function revisionsOf(rows: readonly RevisionRow[]): RevisionFields[] {
  const num = (v: { toString(): string } | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    revision: r.revision, effectiveFrom: r.effectiveFrom, titleVi: r.titleVi, titleEn: r.titleEn, comparator: r.comparator,
    targetValue: num(r.targetValue), baselineValue: num(r.baselineValue), baselineYear: r.baselineYear, deadlineYear: r.deadlineYear,
    reference: r.reference,
  }));
}

export function targetDefInForce(target: TargetDef, reviewYear: number): TargetDef {
  return targetInForce(target, target.revisions ?? [], reviewYear);
}
