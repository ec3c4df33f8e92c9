// Binds runAction to the request: the session (read with the scope check) and the app's database. Server
// actions are made with this.
import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { expected, toErrorAnswer } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { runAction, type ActionResult, type ActionSpec } from "./action";
import { getViewerInScope } from "./session";

export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => runAction(spec, getViewerInScope, raw, db);
}

/** For <form action> with useActionState: (previous state, form data) → result. */
export function defineFormAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  // A hand-made request may send anything in place of the form (["$undefined", 5]): runAction refuses it as invalid.
  return async (_previous: unknown, form: unknown): Promise<ActionResult<T>> =>
    runAction(spec, getViewerInScope, form instanceof FormData ? Object.fromEntries(form) : form, db);
}

/**
 * A form action open to signed-out visitors (an account setting its password with an activation code): no session
 * to check, the request's address for the throttle, answered in the same vocabulary as every action (per-field
 * findings of an AppError's details included).
 */
export function definePublicFormAction<T>(run: (raw: Record<string, unknown>, ctx: { db: typeof db; ip: string }) => Promise<T>) {
  return async (_previous: unknown, form: unknown): Promise<ActionResult<T>> => {
    try {
      if (!(form instanceof FormData)) return { ok: false, error: expected("INVALID") };
      const raw = Object.fromEntries([...form].filter(([, v]) => typeof v === "string"));
      return { ok: true, data: await run(raw, { db, ip: clientIp(await headers()) }) };
    } catch (error) {
      const answer = toErrorAnswer(error, "public action");
      const fields = (answer.details as { fields?: Record<string, string> } | undefined)?.fields;
      return { ok: false, error: { ...answer, details: undefined, ...(fields ? { fields } : {}) } };
    }
  };
}
