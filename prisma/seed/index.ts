// Loads the demo data set in one transaction. Idempotent: a database that already holds committees is left
// alone, so the seed can run on every start and never writes over real data.
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db-client";
import { rebuildClosure } from "@/lib/committees/closure";
import { rebuildRollups } from "@/lib/figures/rollup";
import { syncFigureYears } from "@/lib/figures/figure-years";
import { Prisma } from "@/lib/generated/prisma/client";
import { transaction, type Sql } from "@/lib/sql";
import { createCatalogue } from "./installation";
import { COMMITTEES } from "./tree";
import { RESOLUTIONS, TERMS } from "./resolutions";
import { FIGURES } from "./figures";
import { DEMO_ACCOUNTS } from "./accounts";

export type SeedOutcome = { seeded: false; reason: string } | { seeded: true; committees: number; figures: number };

/** bcrypt cost for demo accounts; the same cost the app uses for real accounts. */
const BCRYPT_COST = 12;

export async function seedDemo(db: Db): Promise<SeedOutcome> {
  const existing = await db.committee.count();
  if (existing > 0) return { seeded: false, reason: `the database already holds ${existing} committees` };

  // Hash outside the transaction: bcrypt is slow on purpose.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => bcrypt.hash(a.password, BCRYPT_COST)));

  return transaction(
    db,
    async (tx, sql) => {
      const { indicatorIds, elementIds } = await createCatalogue(tx);

      const committeeIds = new Map<string, number>();
      for (const c of COMMITTEES) {
        const parentId = c.parent ? committeeIds.get(c.parent) : undefined;
        // An ended unit's parentId is its reporting parent (the unit carrying on its history); its link keeps
        // the parent it really had until it ended.
        const ended = c.ended && { validTo: new Date(c.ended.validTo), successorId: committeeIds.get(c.ended.successor)! };
        const row = await tx.committee.create({
          data: { code: c.code, name: c.name, nameEn: c.nameEn, kind: c.kind, grassrootsType: c.grassrootsType ?? null, parentId, validFrom: new Date(c.validFrom), ...ended },
        });
        committeeIds.set(c.code, row.id);
        const linkParent = c.ended ? committeeIds.get(c.ended.formerParent) : parentId;
        if (linkParent) {
          await tx.committeeLink.create({
            data: { committeeId: row.id, parentId: linkParent, validFrom: new Date(c.validFrom), validTo: ended?.validTo ?? null },
          });
        }
      }
      await rebuildClosure(sql);

      const termIds = new Map<string, number>();
      for (const t of TERMS) termIds.set(t.name, (await tx.term.create({ data: t })).id);

      for (const [i, account] of DEMO_ACCOUNTS.entries()) {
        await tx.user.create({
          data: {
            username: account.username, displayName: account.displayName, role: account.role,
            scopeCommitteeId: committeeIds.get(account.scope)!, passwordHash: hashes[i]!,
          },
        });
      }

      for (const r of RESOLUTIONS) {
        const resolution = await tx.resolution.create({
          data: {
            committeeId: committeeIds.get(r.committee)!, termId: termIds.get(r.term)!, title: r.title, number: r.number,
            adoptedOn: new Date(r.adoptedOn),
          },
        });
        const positions = new Map<string, number>();
        for (const t of r.targets) {
          const category = t.category ?? "TARGET";
          const position = (positions.get(category) ?? 0) + 1;
          positions.set(category, position);
          await tx.target.create({
            data: {
              resolutionId: resolution.id, position, category, kind: t.kind, titleVi: t.titleVi, titleEn: t.titleEn,
              indicatorId: t.indicator ? indicatorIds.get(t.indicator) : undefined, comparator: t.comparator ?? "GTE",
              targetValue: t.targetValue, baselineValue: t.baselineValue, baselineYear: t.baselineYear,
              deadlineYear: t.deadlineYear,
              assessments: { create: t.assessments ?? [] },
            },
          });
        }
      }

      // One statement for the demo's ~49,000 figures (the forms' breakdowns are most of them): Prisma's batched
      // createMany took 17 of the seed's 22 seconds once Biểu 3's rows were added; with this the whole seed took 4.
      await sql.count`
        INSERT INTO "Figure" ("committeeId", "dataElementId", "year", "value", "status", "updatedAt")
        SELECT f.*, now() FROM unnest(${FIGURES.map((f) => committeeIds.get(f.committee)!)}::int[], ${FIGURES.map((f) => elementIds.get(f.element)!)}::int[],
          ${FIGURES.map((f) => f.year)}::int[], ${FIGURES.map((f) => f.value)}::numeric[], ${FIGURES.map((f) => f.status)}::"FigureStatus"[]) AS f`;
      await syncFigureYears(sql);
      await signSeededYears(sql);
      // The installation's reporting calendar for the season under way, 2026's: opens 1 December 2026, entry until
      // 15 January, approval until 31 January 2027. 2025 gets none: its season is over, and the demo's 2025 stays
      // correctable. Nor do 2027–2030: a calendar opens a year's entry on its opening date (1 December of that year),
      // so the demo's later years stay open to try, without dates, until an administrator sets their calendars.
      await sql.count`
        INSERT INTO "ReportingCalendar" ("committeeId", "year", "opensOn", "entryDeadline", "approvalDeadline")
        SELECT c."id", 2026, DATE '2026-12-01', DATE '2027-01-15', DATE '2027-01-31'
        FROM "Committee" c WHERE c."parentId" IS NULL AND c."validTo" IS NULL`;
      await rebuildRollups(sql);
      await tx.auditEvent.create({
        data: {
          action: "demo.seed", entityType: "Database", entityId: "demo",
          after: { committees: COMMITTEES.length, figures: FIGURES.length, accounts: DEMO_ACCOUNTS.length },
        },
      });
      return { seeded: true as const, committees: COMMITTEES.length, figures: FIGURES.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * The demo's submitted and approved years carry who did it and when, as a real workflow would leave them: the
 * nearest editor above the unit submitted it on 15 January after the year (15 November for the current year), the
 * nearest approver (else an administrator) approved it ten days later.
 */
async function signSeededYears(sql: Sql): Promise<void> {
  const nearest = (role: string) => Prisma.sql`(
    SELECT u."id" FROM "User" u JOIN "CommitteeClosure" cc ON cc."ancestorId" = u."scopeCommitteeId" AND cc."descendantId" = fy."committeeId"
    WHERE u."role"::text = ${role} ORDER BY cc."depth", u."id" LIMIT 1)`;
  const admin = Prisma.sql`(SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "id" LIMIT 1)`;
  await sql.count`
    UPDATE "FigureYear" fy SET
      "submittedById" = COALESCE(${nearest("EDITOR")}, ${admin}),
      "submittedAt" = CASE WHEN fy."year" >= 2026 THEN make_timestamp(fy."year", 11, 15, 2, 0, 0) ELSE make_timestamp(fy."year" + 1, 1, 15, 2, 0, 0) END,
      "reviewedById" = CASE WHEN fy."status" = 'APPROVED' THEN COALESCE(${nearest("APPROVER")}, ${admin}) END,
      "reviewedAt" = CASE WHEN fy."status" = 'APPROVED' THEN
        (CASE WHEN fy."year" >= 2026 THEN make_timestamp(fy."year", 11, 25, 2, 0, 0) ELSE make_timestamp(fy."year" + 1, 1, 25, 2, 0, 0) END) END
    WHERE fy."status" IN ('SUBMITTED', 'APPROVED')`;
}

