import { describe, expect, it } from "vitest";
import { clientIp } from "./sign-in";

describe("clientIp, the address sign-in throttling and the audit trail record", () => {
  it("is the address the app's front appended, not one the client wrote", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("behind a reverse proxy on the same host is the entry that proxy appended", () => {
    // nginx ($proxy_add_x_forwarded_for) appends the client; the front appends nginx's loopback address.
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.9, 127.0.0.1" })).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "203.0.113.9, ::1" })).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "203.0.113.9, ::ffff:127.0.0.1" })).toBe("203.0.113.9");
  });

  it("is the loopback address itself for a browser on the server", () => {
    expect(clientIp({ "x-forwarded-for": "127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp({})).toBe("unknown");
  });
});
