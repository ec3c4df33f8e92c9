// The one way to write: every server action is built here and checks, in this order, the session, the role,
// the scope every spec names (committees named by the input must lie in the caller's subtree; settings of the whole
// installation are for administrators of its root), then parses the input with zod.
// Expected failures carry a message the user can act on; anything else is logged and answered with a reference.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import type { Permission } from "./permissions";
import { can } from "./permissions";
import { isInScope, isRootCommittee } from "./scope";
import type { Viewer } from "./session";

export type ActionErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "REFUSED" | "UNEXPECTED";

export interface ActionError {
  code: ActionErrorCode;
  /** Message key under `actionErrors` (translated by the caller), with values. */
  key: string;
  values?: Record<string, string | number>;
  /** Per-field message keys, for messages shown in place. */
  fields?: Record<string, string>;
  reference?: string;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Thrown by an action's body for an expected refusal (conflict, last administrator, …). */
export class ExpectedError extends Error {
  constructor(readonly code: ActionErrorCode, readonly key: string, readonly values?: Record<string, string | number>) {
    super(key);
  }
}

/** The committees the input names (read from the raw input before full parsing), all of which must be in scope. */
export type CommitteesNamed = (raw: unknown, db: Db) => Promise<(number | null)[]>;

/**
 * What an action reaches, named by every spec so that none skips the scope check by leaving it out: committees of
 * the caller's subtree; settings shared by the whole installation (terms, catalogue, sign-in policy), which only
 * an account scoped to the root committee may change; or the caller's own account.
 */
export type ActionScope = CommitteesNamed | "installation" | "own-account";

export interface ActionSpec<S extends z.ZodType, T> {
  permission: Permission;
  scope: ActionScope;
  schema: S;
  run: (input: z.output<S>, ctx: { viewer: Viewer; db: Db }) => Promise<T>;
}

/**
 * The caller: a viewer (whose scope is then checked by a query per committee), or a reader of the session that
 * also answers which of the input's committees are in the viewer's scope (the server actions' one round trip).
 * The reader asks for the committees only once it holds a live session token, so a signed-out request costs no
 * lookup.
 */
export type Caller = Viewer | null | ((committeeIds: () => Promise<number[]>) => Promise<{ viewer: Viewer; inScope: ReadonlySet<number> } | null>);

export async function runAction<S extends z.ZodType, T>(
  spec: ActionSpec<S, T>,
  caller: Caller,
  raw: unknown,
  db: Db,
): Promise<ActionResult<T>> {
  try {
    // Read from the input once, before the scope check; nothing is done with them before the session and the
    // role are checked.
    const { scope } = spec;
    if (typeof scope !== "function" && scope !== "installation" && scope !== "own-account") {
      throw new Error(`action spec without a scope (${spec.permission})`);
    }
    let named: Promise<(number | null)[]> | undefined;
    const committees = () => (named ??= typeof scope === "function" ? scope(raw, db) : Promise.resolve([]));
    const session = typeof caller === "function"
      ? await caller(async () => (await committees()).filter((id): id is number => id !== null))
      : caller && { viewer: caller, inScope: null };
    if (!session) return fail("UNAUTHENTICATED", "unauthenticated");
    const { viewer, inScope } = session;
    if (!can(viewer.role, spec.permission)) return fail("FORBIDDEN", "forbidden");
    if (scope === "installation" && !(await isRootCommittee(sqlOf(db), viewer.scopeCommitteeId))) {
      return fail("FORBIDDEN", "installationWide");
    }
    for (const committeeId of await committees()) {
      // An id outside the subtree (or no such id) is "not found", so other subtrees' ids are not confirmed.
      const within = committeeId !== null && (inScope ? inScope.has(committeeId) : await isInScope(sqlOf(db), viewer.scopeCommitteeId, committeeId));
      if (!within) return fail("NOT_FOUND", "notFound");
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
      return { ok: false, error: { code: "INVALID", key: "invalid", fields } };
    }
    return { ok: true, data: await spec.run(parsed.data, { viewer, db }) };
  } catch (error) {
    if (error instanceof ExpectedError) return fail(error.code, error.key, error.values);
    const reference = randomUUID().slice(0, 8);
    console.error(`action failed [${reference}]`, error);
    return { ok: false, error: { code: "UNEXPECTED", key: "unexpected", reference } };
  }
}

function fail(code: ActionErrorCode, key: string, values?: Record<string, string | number>): { ok: false; error: ActionError } {
  return { ok: false, error: { code, key, values } };
}

/** Reads one numeric id field from raw input without trusting anything else in it. */
export function idField(raw: unknown, field: string): number | null {
  const parsed = z.object({ [field]: z.coerce.number().int().positive() }).safeParse(raw);
  return parsed.success ? (parsed.data[field] as number) : null;
}
