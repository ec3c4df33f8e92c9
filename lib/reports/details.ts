// The report's number and signer: typed before a download, kept per committee so the next report offers them again.
import { idField, type ActionSpec } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db-client";
import { transaction } from "@/lib/sql";
import { reportDetailsSchema } from "./schema";

export interface ReportDetailsValue {
  number: string;
  signer: string;
}

export async function getReportDetails(db: Db, committeeId: number): Promise<ReportDetailsValue> {
  const row = await db.reportDetails.findUnique({ where: { committeeId } });
  return { number: row?.number ?? "", signer: row?.signerName ?? "" };
}

/** Keeps what the user typed for the committee's next report; unchanged details write nothing. */
export const saveReportDetailsSpec = {
  permission: "report.export",
  scope: async (raw) => [idField(raw, "committeeId")],
  schema: reportDetailsSchema,
  async run(input, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      const before = await tx.reportDetails.findUnique({ where: { committeeId: input.committeeId } });
      const after = { number: input.number || null, signerName: input.signer || null };
      if ((before?.number ?? null) === after.number && (before?.signerName ?? null) === after.signerName) return { changed: false };
      await tx.reportDetails.upsert({
        where: { committeeId: input.committeeId },
        create: { committeeId: input.committeeId, ...after, updatedById: viewer.userId },
        update: { ...after, updatedById: viewer.userId },
      });
      await recordAudit(sql, {
        actorId: viewer.userId, action: "report.details", entityType: "ReportDetails", entityId: input.committeeId, committeeId: input.committeeId,
        before: before ? { number: before.number, signerName: before.signerName } : undefined, after,
      });
      return { changed: true };
    });
  },
} satisfies ActionSpec<typeof reportDetailsSchema, { changed: boolean }>;
