// Session lifetimes, in one place: the proxy, next-auth, the session helper and the app server all read these.
export { SESSION_IDLE_SECONDS, SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_SECONDS, sessionAlive, sessionCookieName } from "./session-token.mjs";
