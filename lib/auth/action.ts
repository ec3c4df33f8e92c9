// The one way to write: every server action is built here and checks, in this order, the session, the role,
// the scope every spec names (committees named by the input must lie in the caller's subtree; settings of the whole
// installation are for administrators of its root), then parses the input with zod.
// Failures are answered in the one vocabulary of lib/errors.ts: an AppError as its message, anything else logged
// and answered with a reference.
import { z } from "zod";
import { idSchema } from "@/lib/ids";
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import { expected, toErrorAnswer, type ErrorAnswer } from "@/lib/errors";
import type { Permission } from "./permissions";
import { can } from "./permissions";
import { isInScope, isRootCommittee } from "./scope";
import type { Viewer } from "./session";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorAnswer };

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
  /** `now`: the moment the action runs, injected so deadlines can be tested with a fixed clock. */
  run: (input: z.output<S>, ctx: { viewer: Viewer; db: Db; now: Date }) => Promise<T>;
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
  now: Date = new Date(),
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
    if (!session) return fail("UNAUTHENTICATED");
    const { viewer, inScope } = session;
    if (!can(viewer.role, spec.permission)) return fail("FORBIDDEN");
    if (viewer.mustChangePassword && scope !== "own-account") return fail("FORBIDDEN", "passwordChangeRequired");
    // Every action takes one object (a form's fields, or the entry form's structure); a hand-made request may send
    // a number, null or a list instead, which no scope reader or schema below should have to guess about.
    if (!isPlainObject(raw)) return fail("INVALID");
    if (scope === "installation" && !(await isRootCommittee(sqlOf(db), viewer.scopeCommitteeId))) {
      return fail("FORBIDDEN", "installationWide");
    }
    for (const committeeId of await committees()) {
      // An id outside the subtree (or no such id) is "not found", so other subtrees' ids are not confirmed.
      const within = committeeId !== null && (inScope ? inScope.has(committeeId) : await isInScope(sqlOf(db), viewer.scopeCommitteeId, committeeId));
      if (!within) return fail("NOT_FOUND");
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
      return { ok: false, error: { ...expected("INVALID"), fields } };
    }
    return { ok: true, data: await spec.run(parsed.data, { viewer, db, now }) };
  } catch (error) {
    return { ok: false, error: toErrorAnswer(error, `action ${spec.permission}`) };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function fail(...args: Parameters<typeof expected>): { ok: false; error: ErrorAnswer } {
  return { ok: false, error: expected(...args) };
}

/** Reads one numeric id field from raw input without trusting anything else in it. */
export function idField(raw: unknown, field: string): number | null {
  const parsed = z.object({ [field]: idSchema }).safeParse(raw);
  return parsed.success ? (parsed.data[field] as number) : null;
}
