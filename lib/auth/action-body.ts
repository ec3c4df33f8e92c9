// A server action's body, checked before Next.js decodes it. React's client writes the arguments as JSON rows in
// which a string starting with "$" is a reference ("$K1": a form's fields, "$1:a": another row) and a typed "$" is
// escaped as "$$". A hand-made body with a malformed row ("{not json"), an unknown reference ("${…") or arguments
// that are not a list fails inside Next.js's decoder, which answers 500; refused here, it gets a 400 with a message.
// Only the forms this app's own actions send are allowed: plain JSON values, forms, dates and the escapes.

type Rows = ReadonlyMap<string, string>;

/** The most arguments an action is called with (Next.js refuses more than 1,000, but with a 500). */
const MAX_ARGUMENTS = 1000;

const PLAIN = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|T$|D|n-?\d+$|K[0-9a-f]+$)/;
const ROW_REFERENCE = /^\$(?:[QW@])?([0-9a-f]+)((?::[^:]*)*)$/;

/**
 * Whether the rows (id → JSON text) are a reply React's client could have sent: every row JSON, every reference to
 * a row that is there (and a path in it that exists), and for a call (`args`) row 0 a list of arguments.
 */
export function isWellFormedReply(rows: Rows, args: boolean): boolean {
  const parsed = new Map<string, unknown>();
  for (const [id, text] of rows) {
    try {
      parsed.set(id, JSON.parse(text));
    } catch {
      return false;
    }
  }
  const root = parsed.get("0");
  if (root === undefined || (args && !(Array.isArray(root) && root.length <= MAX_ARGUMENTS))) return false;
  return [...parsed.values()].every((value) => referencesResolve(value, parsed));
}

function referencesResolve(value: unknown, rows: Map<string, unknown>): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN.test(value) || resolves(value, rows);
  if (typeof value !== "object" || value === null) return true;
  return Object.values(value).every((v) => referencesResolve(v, rows));
}

function resolves(reference: string, rows: Map<string, unknown>): boolean {
  const match = ROW_REFERENCE.exec(reference);
  if (!match) return false;
  let target: unknown = rows.get(String(parseInt(match[1]!, 16)));
  for (const key of match[2] ? match[2].slice(1).split(":") : []) {
    target = typeof target === "object" && target !== null ? (target as Record<string, unknown>)[key] : undefined;
  }
  return target !== undefined;
}

/**
 * A POST that Next.js will read as a server action: with its header (a call from the app's scripts), or a form
 * posted without JavaScript that names one ($ACTION_…). Null when the request is not one; else whether it is
 * well formed. Reads a copy of the body (Next.js gives the proxy a copy and keeps the request's own).
 */
export async function checkActionRequest(request: Request, pathname: string): Promise<boolean | null> {
  if (request.method !== "POST" || pathname.startsWith("/api/")) return null;
  const multipart = /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
  if (request.headers.has("next-action")) {
    if (!multipart) return isWellFormedReply(new Map([["0", await request.text()]]), true);
    const form = await request.formData().catch(() => null);
    if (!form) return false;
    const rows = new Map<string, string>();
    for (const [name, value] of form) if (/^\d+$/.test(name) && typeof value === "string") rows.set(name, value);
    return isWellFormedReply(rows, true);
  }
  if (!multipart) return null;
  const form = await request.formData().catch(() => null);
  if (!form) return false;
  // A form without JavaScript: "$ACTION_REF_<n>" names an action whose bound arguments are rows "$ACTION_<n>:<id>".
  const groups = new Map<string, Map<string, string>>();
  for (const [name, value] of form) {
    const ref = /^\$ACTION_REF_(\d+)$/.exec(name);
    if (ref) groups.set(ref[1]!, groups.get(ref[1]!) ?? new Map());
    const row = /^\$ACTION_(\d+):(\d+)$/.exec(name);
    if (row && typeof value === "string") groups.set(row[1]!, (groups.get(row[1]!) ?? new Map()).set(row[2]!, value));
  }
  return [...groups.values()].every((rows) => isWellFormedReply(rows, false));
}
