// Migration 20261208200000_stat_form_2 gives an installation that already has the standard catalogue (its elements
// created before Biểu 2 existed) exactly the Biểu 2 a fresh setup creates from prisma/seed/catalogue.ts: the same
// rows, rules (partOf, sumOf, sumGroup) and places, and the same form lines. The two are written separately (SQL
// and the seed), so this is what keeps them the same.
import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, it } from "vitest";
import { transaction } from "@/lib/sql";
import { createCatalogue } from "../../prisma/seed/installation";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
const state = async () => ({
  elements: await t.sql`SELECT e."code", e."nameVi", e."nameEn", e."unitVi", e."valueType"::text, e."entryLevel"::text, e."groupCode", e."sortOrder", e."formCode", e."formRow", e."formOrder", e."formIndent",
      p."code" AS "partOf", s."code" AS "sumOf", e."sumSign", e."sumGroup" FROM "DataElement" e LEFT JOIN "DataElement" p ON p."id" = e."partOfId" LEFT JOIN "DataElement" s ON s."id" = e."sumOfId" ORDER BY e."code"`,
  lines: await t.sql`SELECT l."formCode", l."formOrder", l."label", l."indent", d."code" AS "element", l."countKind"::text, c."code" AS "countIf" FROM "StatFormLine" l
      LEFT JOIN "DataElement" d ON d."id" = l."dataElementId" LEFT JOIN "DataElement" c ON c."id" = l."countIfElementId" ORDER BY 1, 2`,
});

it("gives an installation of the old catalogue the same Biểu 2 as a fresh setup", async () => {
  await transaction(t.db, (tx) => createCatalogue(tx));
  const fresh = await state();
  await t.sql`DELETE FROM "StatFormLine" WHERE "formCode" = '2'`;
  await t.sql`UPDATE "DataElement" SET "sumOfId" = NULL, "sumSign" = NULL, "sumGroup" = NULL WHERE "formCode" = '2'`;
  await t.sql`DELETE FROM "DataElement" WHERE "formCode" = '2'`;
  const sql = readFileSync("prisma/migrations/20261208200000_stat_form_2/migration.sql", "utf8");
  const dml = sql.slice(sql.indexOf("-- An installation that has the standard catalogue"));
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  await client.query(dml);
  await client.end();
  const migrated = await state();
  expect(migrated.lines).toEqual(fresh.lines);
  expect(migrated.elements).toEqual(fresh.elements);
  expect(fresh.lines.filter((l) => (l as { formCode: string }).formCode === "2").length).toBe(15);
});
