// next-auth configuration: credentials (username + password, optional second factor), JWT sessions.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { toErrorAnswer } from "@/lib/errors";
import { SESSION_MAX_AGE_SECONDS } from "./config";
import { decode, encode, sessionCookie } from "./jwt";
import { clientIp } from "./client-ip";
import { endSession } from "./session-end";
import { verifySignIn } from "./sign-in";

declare module "next-auth" {
  interface User {
    sv: number;
  }
  interface Session {
    uid: number;
    sv: number;
    la: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    sv: number;
    /** Last activity, epoch seconds; slid forward by the proxy. */
    la: number;
    /** Sign-in time, epoch seconds: the absolute lifetime counts from here. */
    st: number;
    /** This session's own id: signing out ends it on the server (EndedSession), not only in this browser. */
    sid: string;
  }
}

/** `request`: the one being answered (the sign-out event records its address). */
export function getAuthOptions(request?: Request): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    useSecureCookies: sessionCookie().secure,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // The same token format as next-auth's own, with its derived key kept (lib/auth/jwt.ts).
    jwt: { encode, decode },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: {}, password: {}, totp: {} },
        async authorize(credentials, req) {
          try {
            const user = await verifySignIn(db, credentials, clientIp(req?.headers));
            return { id: String(user.id), sv: user.sessionVersion };
          } catch (error) {
            // next-auth passes the message to the sign-in page as ?error=…: a message key, or for an unexpected
            // failure "unexpected:<reference>"; never raw text.
            const answer = toErrorAnswer(error, "sign-in");
            throw new Error(answer.reference ? `${answer.key}:${answer.reference}` : answer.key);
          }
        },
      }),
    ],
    events: {
      // next-auth clears the cookie; this ends the session itself, so a copy of the cookie reads nothing either.
      async signOut({ token }) {
        if (token) await endSession(db, token, clientIp(request?.headers));
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = user.sv;
          token.la = Math.floor(Date.now() / 1000);
          token.st = token.la;
          token.sid = crypto.randomUUID();
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv, la: token.la };
      },
    },
  };
}
