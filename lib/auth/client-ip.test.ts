import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientIp } from "./client-ip";

const setting = (value?: string) => parseEnv({ DATABASE_URL: "postgresql://x/y", CHITIEU_TRUSTED_PROXIES: value }).CHITIEU_TRUSTED_PROXIES;
const NONE = setting();

describe("clientIp, the address sign-in throttling and the audit trail record", () => {
  it("without trusted proxies is the connection's address (the last entry, which the app process appends), whatever the client wrote", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" }, NONE)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }, NONE)).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), NONE)).toBe("198.51.100.7");
    // A loopback peer is no longer taken for a proxy unless the setting says so: a client could forge the entry before it.
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 127.0.0.1" }, NONE)).toBe("127.0.0.1");
    expect(clientIp({ "x-forwarded-for": "::ffff:203.0.113.9" }, NONE)).toBe("203.0.113.9");
    expect(clientIp({}, NONE)).toBe("unknown");
  });

  it("behind a given number of proxies is the entry the outermost one appended", () => {
    // nginx on the same host appends the client; the app process appends nginx's loopback address.
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.9, 127.0.0.1" }, setting("1"))).toBe("203.0.113.9");
    // A load balancer on another host, then nginx: two proxies.
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.5, 127.0.0.1" }, setting("2"))).toBe("203.0.113.9");
    // Fewer entries than proxies (a request straight to nginx): the first there is.
    expect(clientIp({ "x-forwarded-for": "127.0.0.1" }, setting("2"))).toBe("127.0.0.1");
  });

  it("behind listed proxies skips those addresses and networks from the right, and believes nothing before a stranger", () => {
    const trusted = setting("127.0.0.1, ::1, 10.0.0.0/8");
    expect(clientIp({ "x-forwarded-for": "203.0.113.9, 10.1.2.3, 127.0.0.1" }, trusted)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "198.51.100.1, 203.0.113.9, ::1" }, trusted)).toBe("203.0.113.9");
    // Two clients behind the same load balancer keep their own addresses, so one's failures do not lock the other.
    expect(clientIp({ "x-forwarded-for": "198.51.100.20, 10.0.0.5, 127.0.0.1" }, trusted)).toBe("198.51.100.20");
    // A forged entry before an untrusted peer is ignored.
    expect(clientIp({ "x-forwarded-for": "10.9.9.9, 203.0.113.9" }, trusted)).toBe("203.0.113.9");
  });

  it("refuses a setting that is neither a count nor addresses", () => {
    for (const bad of ["nginx", "10.0.0.0/33", "1.2.3.4/8/1", "-1"]) expect(() => setting(bad), bad).toThrow(/CHITIEU_TRUSTED_PROXIES/);
  });
});
