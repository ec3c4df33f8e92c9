// The cache's shared state: which tags committed writes expired (table "CacheExpiry", written by the change
// triggers of every table a cached page reads, migration 20261207120000_cache_expiry). Read by the cache handler
// (handler.mjs, which Next.js loads without bundling: it reaches this module through a registered global, set by
// instrumentation.ts).
//
// THE RULE for whoever adds a table or an action:
// - a table whose rows a cached function ("use cache", e.g. components/dashboard/dashboard-body.tsx) reads gets the change triggers: statement-level triggers
//   calling "chitieu_notify_committees"() when its rows carry a "committeeId" (expires that unit and its ancestors),
//   else "chitieu_notify_all"() (as in migrations 20261202060000_change_notifications and
//   20261206140000_calendar_notifications); tests/integration/cache-expiry.test.ts lists the tables without;
// - an action needs nothing more: its writes expire the tags in their own transaction, whoever makes them (a page,
//   the CLI import, another instance), and the writer's next page is rendered after its commit, so it shows the write;
// - a new cached function reads only what is the same for every viewer allowed to see it (never the session), is
//   called after the authorization check, and tags itself with committeeTag() of the committee it shows.
import "server-only";
import { sql as appSql } from "@/lib/db";
import type { Sql } from "@/lib/sql";

export const ALL_TAG = "all";
export const committeeTag = (committeeId: number) => `committee:${committeeId}`;
/**
 * How long a cached entry lives (cacheLife): its freshness is checked on every read, so this only bounds memory
 * and the expiry rows it may need. `stale: 0`: the browser's router never keeps a page on the strength of it.
 */
export const CACHE_LIFE = { stale: 0, revalidate: 30 * 60, expire: 30 * 60 };
/** Expiry rows are kept this long, far beyond any cached entry's lifetime (CACHE_LIFE). */
const KEEP_ROWS = "1 day";

export interface ExpiryStore {
  /** This moment's snapshot (pg_current_snapshot), taken before a render fills an entry. */
  snapshot(): Promise<string>;
  /**
   * Whether a write that the render with `snapshot` could not see has since committed and expired one of `tags`;
   * with this moment's snapshot, for the render that replaces a stale entry.
   */
  check(tags: string[], snapshot: string): Promise<{ stale: boolean; now: string }>;
  /** Expires tags (Next.js's updateTag/revalidateTag, through the handler). */
  expire(tags: string[]): Promise<void>;
  /** Deletes the rows no entry can still need. */
  trim(): Promise<void>;
}

export const expiryStoreOn = (sql: Sql): ExpiryStore => ({
  async snapshot() {
    const [row] = await sql<{ now: string }>`SELECT pg_current_snapshot()::text AS "now"`;
    return row!.now;
  },
  async check(tags, snapshot) {
    // Rows of transactions still running are invisible here, and visible in no snapshot before: only a write
    // committed after the entry's snapshot was taken makes it stale. The xid range keeps the scan to recent rows.
    const [row] = await sql<{ stale: boolean; now: string }>`
      SELECT pg_current_snapshot()::text AS "now", EXISTS (
        SELECT 1 FROM "CacheExpiry"
        WHERE "tag" = ANY(${[...tags, ALL_TAG]}::text[]) AND "xid" >= pg_snapshot_xmin(${snapshot}::pg_snapshot)
          AND NOT pg_visible_in_snapshot("xid", ${snapshot}::pg_snapshot)) AS "stale"`;
    return row!;
  },
  async expire(tags) {
    if (tags.length > 0) await sql`INSERT INTO "CacheExpiry" ("tag") SELECT unnest(${tags}::text[])`;
  },
  async trim() {
    await sql`DELETE FROM "CacheExpiry" WHERE "at" < now() - ${KEEP_ROWS}::interval AND "xid" < pg_snapshot_xmin(pg_current_snapshot())`;
  },
});

export const expiryStore = expiryStoreOn(appSql);

/** Makes the store reachable by handler.mjs (instrumentation.ts, at server start). */
export function registerExpiryStore(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for("chitieu.cache.expiry")] = expiryStore;
}
