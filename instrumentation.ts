// Every error Next.js captures on the server (a page or layout that failed to render) is logged under the reference
// the error page shows: its digest, the only thing the browser receives (lib/errors.ts, app/error.tsx). Actions and
// route handlers catch their own failures and log them the same way.
import type { Instrumentation } from "next";
import { logUnexpected } from "@/lib/errors";

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  logUnexpected(`${context.routeType} ${request.method} ${context.routePath}`, error);
};

/**
 * The cache's shared expiries (lib/cache/handler.mjs), and the server's scheduled work on the PostgreSQL job queue
 * (lib/jobs): restructurings adopted ahead of their date, the reporting season's reminders and overdue notices.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  (await import("@/lib/cache/expiry")).registerExpiryStore();
  const { startServerJobs } = await import("@/lib/jobs/server");
  startServerJobs();
}
