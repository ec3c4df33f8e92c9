// One vocabulary for every failure the app answers: server actions, the JSON API, the import stream, sign-in and
// the error pages. An expected failure is an AppError, whose message key (under `errors` in the message files) says
// what the user can do; anything else is logged with a reference and answered with that reference only, never with
// its own text. No server-only imports: the error pages read references in the browser with errorReference.

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  /** The request is understood and allowed, but the data's state refuses it (an approved year, the last administrator). */
  REFUSED: 422,
  /** A request body beyond its limit (lib/request-limits.ts). */
  TOO_LARGE: 413,
  THROTTLED: 429,
  UNEXPECTED: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ExpectedCode = Exclude<ErrorCode, "UNEXPECTED">;
export type MessageValues = Record<string, string | number>;

const DEFAULT_KEY: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  INVALID: "invalid",
  CONFLICT: "conflict",
  REFUSED: "refused",
  TOO_LARGE: "tooLarge",
  THROTTLED: "throttled",
  UNEXPECTED: "unexpected",
};

/** An expected failure: thrown by domain code, answered to the user in their language. */
export class AppError extends Error {
  constructor(
    readonly code: ExpectedCode,
    /** Message key under `errors` (or the domain's own errors, which its forms try first); the code's own when left out. */
    readonly key: string = DEFAULT_KEY[code],
    readonly values?: MessageValues,
    /** What a form or API client needs beyond the message (per-field findings, the figures in the way, …). */
    readonly details?: unknown,
  ) {
    super(`${code}: ${key}`);
    this.name = "AppError";
  }
}

/** A failure as the browser or an API client receives it (plain data; a server action can return it). */
export interface ErrorAnswer {
  code: ErrorCode;
  /** Message key under `errors`, translated with `values` (which hold `reference` for an unexpected failure). */
  key: string;
  values?: MessageValues;
  /** Per-field message keys, for messages shown in place. */
  fields?: Record<string, string>;
  details?: unknown;
  reference?: string;
}

/**
 * The reference a person quotes to an administrator, and the log line carries. For an error Next.js has already
 * digested (a server component's failure, shown by app/error.tsx) it is that digest, which is all the browser gets
 * and which instrumentation.ts logs beside the error; otherwise a new random one.
 */
export function errorReference(error?: unknown): string {
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  if (typeof digest === "string" && digest !== "") return digest;
  // getRandomValues, unlike randomUUID, also exists in a browser on plain http.
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Logs an unexpected failure with its reference (server side only), and returns the reference. */
export function logUnexpected(where: string, error: unknown): string {
  const reference = errorReference(error);
  console.error(`${where} failed [${reference}]`, error);
  return reference;
}

/** An expected failure as it is answered, built without throwing. */
export function expected(code: ExpectedCode, key?: string, values?: MessageValues, details?: unknown): ErrorAnswer {
  return answerOf(new AppError(code, key, values, details));
}

/** Any thrown value as it may be answered: an AppError as it is, anything else logged and reduced to a reference. */
export function toErrorAnswer(error: unknown, where: string): ErrorAnswer {
  if (error instanceof AppError) return answerOf(error);
  const sqlState = refusedInput(error);
  if (sqlState) {
    // Every boundary parses its input, so this means one did not: logged to be tightened, answered as bad input.
    console.warn(`${where}: input refused by PostgreSQL (${sqlState}); a boundary should have refused it`);
    return answerOf(new AppError("INVALID"));
  }
  const reference = logUnexpected(where, error);
  return { code: "UNEXPECTED", key: DEFAULT_KEY.UNEXPECTED, values: { reference }, reference };
}

/**
 * PostgreSQL's "data exception" codes that only a value from outside can cause (a NUL byte, a number beyond int4, a
 * malformed date or number, a string too long), as pg, Prisma's driver adapter or Prisma itself report them.
 * Others of the class (division by zero, …) are the app's own faults and stay unexpected.
 */
const INPUT_SQLSTATES = new Set(["22001", "22003", "22007", "22008", "22021", "22P02", "22P05"]);

function refusedInput(error: unknown): string | null {
  const seen: unknown[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [o.code, o.originalCode]) if (typeof code === "string" && INPUT_SQLSTATES.has(code)) return code;
    seen.push(e);
    e = o.meta?.driverAdapterError ?? o.cause;
    if (seen.includes(e)) break;
  }
  return null;
}

function answerOf({ code, key, values, details }: AppError): ErrorAnswer {
  return { code, key, ...(values ? { values } : {}), ...(details !== undefined ? { details } : {}) };
}

type Translate = (key: string, values?: MessageValues) => string;

/** The JSON API's body and status for an answer; `t` translates keys under `errors` in the caller's language. */
export function errorJson(answer: ErrorAnswer, t: Translate): { status: number; body: { error: { code: ErrorCode; message: string; details?: unknown; reference?: string } } } {
  const { code, key, values, details, reference } = answer;
  return {
    status: ERROR_STATUS[code],
    body: { error: { code, message: t(key, values), ...(details !== undefined ? { details } : {}), ...(reference ? { reference } : {}) } },
  };
}
