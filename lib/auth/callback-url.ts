// Where to go after signing in: a path of this app only, never another site (no open redirect).
const BASE = "http://app.invalid";
// A browser drops tabs and newlines from a URL and reads "\" as "/", so "/<TAB>/evil.example" leads off-site; invisible
// and space characters have no place in a path the app makes. A value holding any of them is not ours.
const NOT_IN_A_PATH = /[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cs}\\]/u;

/** "/x?y" yes; "//evil.example", "/\tevil", "https://…", "javascript:" no: those give "/". */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/") || value.startsWith("//")) return "/";
  if (NOT_IN_A_PATH.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Back to the sign-in page would loop.
  return /^\/sign-in(\/|\?|#|$)/.test(path) ? "/" : path;
}
