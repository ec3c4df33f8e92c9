import { beforeAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { readSessionAccountRow } from "@/lib/auth/account";
import { hashPassword } from "@/lib/auth/password";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let userId: number;
let options: ReturnType<typeof import("@/lib/auth/options").getAuthOptions>;

beforeAll(async () => {
  const committee = await t.db.committee.create({ data: { code: "C", name: "Chi bộ", kind: "CELL", validFrom: new Date("2020-01-01") } });
  userId = (await t.db.user.create({ data: { username: "lan", displayName: "Lan", role: "EDITOR", scopeCommitteeId: committee.id, passwordHash: await hashPassword("Dung-mat-khau-1") } })).id;
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET ??= "integration-secret-integration-secret-01";
  const { getAuthOptions } = await import("@/lib/auth/options");
  options = getAuthOptions(new Request("http://localhost/api/auth/signout", { method: "POST", headers: { "x-forwarded-for": "203.0.113.9" } }));
});

/** A session as next-auth makes it at sign-in (the jwt callback), with its own id. */
async function signIn(): Promise<JWT> {
  return (await options.callbacks!.jwt!({ token: {} as JWT, user: { id: String(userId), sv: 1 }, account: null })) as JWT;
}
const readAs = (token: JWT) => readSessionAccountRow(t.sql, token, []);

describe("signing out", () => {
  it("ends that session on the server: a copy of its cookie reads nothing, another session of the account goes on", async () => {
    const office = await signIn();
    const phone = await signIn();
    expect(office.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(office.sid).not.toBe(phone.sid);
    expect((await readAs(office))?.viewer.username).toBe("lan");

    await options.events!.signOut!({ token: office, session: null as never });
    expect(await readAs(office)).toBeNull();
    expect((await readAs(phone))?.viewer.username).toBe("lan");
    const ended = await t.db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_out" } });
    expect(ended).toMatchObject({ actorId: userId, ip: "203.0.113.9" });
    // Kept until the session would have ended anyway, 12 hours after sign-in.
    const row = await t.db.endedSession.findUniqueOrThrow({ where: { sid: office.sid } });
    expect(row.expiresAt.getTime() - office.st * 1000).toBeGreaterThanOrEqual(12 * 3600 * 1000);
    // Signing out twice (two tabs) is no error.
    await options.events!.signOut!({ token: office, session: null as never });
  });

  it("ends a session without its own id (issued before sessions had one)", async () => {
    const { sid: _, ...old } = await signIn();
    expect(await readAs(old as JWT)).toBeNull();
  });

  it("forgets ended sessions once their lifetime is over", async () => {
    await t.db.endedSession.create({ data: { sid: "00000000-0000-4000-8000-000000000000", userId, expiresAt: new Date(Date.now() - 60_000) } });
    await options.events!.signOut!({ token: await signIn(), session: null as never });
    expect(await t.db.endedSession.count({ where: { sid: "00000000-0000-4000-8000-000000000000" } })).toBe(0);
  });
});
