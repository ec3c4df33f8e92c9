// Binds runAction to the request: the session (read with the scope check) and the app's database. Server
// actions are made with this.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
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
