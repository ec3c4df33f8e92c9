// Session lifetimes, in one place: the proxy, next-auth and the session helper all read these.

/** A session ends this long after sign-in, whatever happens. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** …or after this long without a request (a clerk who walked away from a shared office computer). */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** The proxy re-issues the session cookie at most this often, to slide the idle deadline. */
export const SESSION_REFRESH_SECONDS = 60;

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** Within both the idle and the absolute lifetime (the proxy and the session helper each check). */
export function sessionAlive(token: { la: number; st?: number }, now: number): boolean {
  return now - token.la <= SESSION_IDLE_SECONDS && now - (token.st ?? 0) <= SESSION_MAX_AGE_SECONDS;
}
