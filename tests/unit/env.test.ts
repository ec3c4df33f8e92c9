import { describe, expect, it } from "vitest";
import { databaseUrlOf, parseEnv, parseScriptEnv } from "@/lib/env";

const DATABASE_URL = "postgresql://localhost:5432/chitieu";
const SECRET = "x".repeat(32);

describe("the environment", () => {
  it("requires a session secret of at least 32 characters in production", () => {
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is required/);
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "production", NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
    // Tests and the command-line tools sign no session.
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "test" }).NEXTAUTH_SECRET).toBeUndefined();
    expect(parseEnv({ DATABASE_URL }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("refuses a database URL that is not PostgreSQL's, and bounds the pool", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x", NODE_ENV: "test" })).toThrow(/postgresql:\/\//);
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "test", DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "test" }).DATABASE_POOL_SIZE).toBe(10);
  });

  it("keeps mail off unless an SMTP server is given, and then wants a sender", () => {
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "test" }).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "test", SMTP_URL: "smtp://mail.tinhuy.vn:587" })).toThrow(/MAIL_FROM is required/);
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "test", SMTP_URL: "http://mail.tinhuy.vn", MAIL_FROM: "chitieu@tinhuy.vn" })).toThrow(/smtp:\/\//);
    expect(parseEnv({ DATABASE_URL, NODE_ENV: "test", SMTP_URL: "smtps://u:p@mail.tinhuy.vn:465", MAIL_FROM: "Chỉ tiêu <chitieu@tinhuy.vn>" }))
      .toMatchObject({ SMTP_URL: "smtps://u:p@mail.tinhuy.vn:465", MAIL_FROM: "Chỉ tiêu <chitieu@tinhuy.vn>" });
  });

  it("lets the command-line tools run without the app's settings, and still checks what they are given", () => {
    const tools = parseScriptEnv({});
    expect(tools).toMatchObject({ PORT: 3000, EMBEDDED_PG_PORT: 54_329, CHITIEU_DATA_DIR: ".data" });
    expect(tools.DATABASE_URL).toBeUndefined();
    expect(() => databaseUrlOf(tools)).toThrow(/DATABASE_URL is not set/);
    expect(databaseUrlOf(parseScriptEnv({ DATABASE_URL }))).toBe(DATABASE_URL);
    expect(parseScriptEnv({ PORT: "8080", EMBEDDED_PG_PORT: "5433" })).toMatchObject({ PORT: 8080, EMBEDDED_PG_PORT: 5433 });
    expect(() => parseScriptEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => parseScriptEnv({ DATABASE_URL: "mysql://localhost/x" })).toThrow(/postgresql:\/\//);
    expect(() => parseScriptEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
  });
});
