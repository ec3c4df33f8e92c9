// The reporting rate of a committee-year (DHIS2's reporting rate and reporting rate on time), as the API and the
// review report state it: "15/17 đơn vị nộp đúng hạn".
import type { Sql } from "@/lib/sql";
import { getCompleteness } from "./completeness";

export interface ReportingRate {
  year: number;
  /** Units expected to report. */
  expected: number;
  /** Submitted or approved. */
  submitted: number;
  /** Submitted on or before their deadline (extension counted); units without a calendar are not counted. */
  onTime: number;
  /** Units with a deadline (a calendar covers them). */
  withDeadline: number;
}

/** The caller has checked that `committeeId` lies in the viewer's scope. */
export async function reportingRate(sql: Sql, committeeId: number, year: number): Promise<ReportingRate> {
  const c = await getCompleteness(sql, committeeId, year);
  return { year, expected: c.units.length, submitted: c.counts.SUBMITTED + c.counts.APPROVED, onTime: c.onTime, withDeadline: c.withDeadline };
}
