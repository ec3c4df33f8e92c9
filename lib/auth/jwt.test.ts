import { describe, expect, it } from "vitest";
import * as nextAuth from "next-auth/jwt";
import { decode, encode } from "./jwt";

const secret = "a-test-secret-of-reasonable-length-0123456789";
const claims = { sub: "7", uid: 7, sv: 2, la: 1_700_000_000, st: 1_700_000_000, sid: "2f1c7c1e-5d43-4c1c-9a51-0d3f8e1c2b7a" };

describe("session token (next-auth's format, derived key kept)", () => {
  it("reads tokens next-auth wrote and next-auth reads ours", async () => {
    const theirs = await nextAuth.encode({ token: claims, secret, maxAge: 3600 });
    expect(await decode({ token: theirs, secret })).toMatchObject(claims);
    const ours = await encode({ token: claims, secret, maxAge: 3600 });
    expect(await nextAuth.decode({ token: ours, secret })).toMatchObject(claims);
  });

  it("refuses a token under another secret, an altered one and an expired one", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    await expect(decode({ token, secret: `${secret}-other` })).rejects.toThrow();
    const [h, k, iv, body, tag] = token.split(".");
    const flipped = body!.slice(0, -2) + (body!.at(-2) === "A" ? "B" : "A") + body!.at(-1);
    await expect(decode({ token: [h, k, iv, flipped, tag].join("."), secret })).rejects.toThrow();
    const expired = await encode({ token: claims, secret, maxAge: -60 });
    await expect(decode({ token: expired, secret })).rejects.toThrow(/exp/);
    expect(await decode({ token: "", secret })).toBeNull();
  });
});
