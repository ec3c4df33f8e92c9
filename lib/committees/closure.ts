// The closure table behind every subtree query, rebuilt from the current parent links in one statement.
import type { Sql } from "@/lib/sql";

/** Rebuilds CommitteeClosure from Committee.parentId (current tree). Run inside the transaction that changed it. */
export async function rebuildClosure(sql: Sql): Promise<void> {
  await sql.count`DELETE FROM "CommitteeClosure"`;
  await sql.count`
    INSERT INTO "CommitteeClosure" ("ancestorId", "descendantId", "depth")
    WITH RECURSIVE walk("ancestorId", "descendantId", "depth") AS (
      SELECT "id", "id", 0 FROM "Committee"
      UNION ALL
      SELECT c."parentId", w."descendantId", w."depth" + 1
      FROM walk w JOIN "Committee" c ON c."id" = w."ancestorId"
      WHERE c."parentId" IS NOT NULL
    )
    SELECT "ancestorId", "descendantId", "depth" FROM walk`;
}
