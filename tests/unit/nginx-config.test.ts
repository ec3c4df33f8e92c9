// The shipped nginx site (deploy/nginx/chitieu.conf) in a real nginx, where one is installed (Debian: apt install
// nginx): it loads, proxies to the app's port, and what it appends to X-Forwarded-For is what lib/auth/client-ip.ts
// believes with CHITIEU_TRUSTED_PROXIES=1, however the client forged the header.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const SITE = path.join(import.meta.dirname, "..", "..", "deploy", "nginx", "chitieu.conf");
const stops: (() => void)[] = [];
afterAll(() => stops.forEach((stop) => stop()));

describe.skipIf(!NGINX)("the nginx site", () => {
  it("loads in Debian's nginx and hands the app the client's address", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-nginx-"));
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
      "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { stdio: "ignore" });
    // The app's stand-in: answers with the X-Forwarded-For it got, as the app's process appends to it (next-worker.mjs).
    const app = http.createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ xff: `${req.headers["x-forwarded-for"]}, ${req.socket.remoteAddress}`, host: req.headers.host }));
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    stops.push(() => app.close());
    const appPort = (app.address() as AddressInfo).port;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const site = readFileSync(SITE, "utf8")
      .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`)
      .replace(/listen 80;\n\s*listen \[::\]:80;/, `listen 127.0.0.1:${port + 1};`)
      .replace(/listen 443 ssl http2;\n\s*listen \[::\]:443 ssl http2;/, `listen 127.0.0.1:${port} ssl http2;`)
      .replace("/etc/ssl/certs/ssl-cert-snakeoil.pem", path.join(dir, "cert.pem"))
      .replace("/etc/ssl/private/ssl-cert-snakeoil.key", path.join(dir, "key.pem"));
    writeFileSync(path.join(dir, "site.conf"), site);
    writeFileSync(path.join(dir, "nginx.conf"), `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
      events {} http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
      fastcgi_temp_path ${dir}/f; uwsgi_temp_path ${dir}/u; scgi_temp_path ${dir}/s; include ${dir}/site.conf; }`);
    execFileSync(NGINX!, ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf")]);
    const nginx = spawn(NGINX!, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
    stops.push(() => nginx.kill("SIGTERM"));

    const ask = () => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = https.get({ host: "127.0.0.1", port, path: "/dashboard", rejectUnauthorized: false, headers: { host: "chitieu.example.vn", "x-forwarded-for": "6.6.6.6" } }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
    });
    let answer: { status: number; body: string } | null = null;
    for (let i = 0; i < 50 && !answer; i++) answer = await ask().catch(() => new Promise((r) => setTimeout(() => r(null), 100)));
    expect(answer!.status).toBe(200);
    const { xff, host } = JSON.parse(answer!.body) as { xff: string; host: string };
    expect(host).toBe("chitieu.example.vn");
    // Forged entry, then nginx's view of the client, then the app's view of nginx.
    expect(xff).toBe("6.6.6.6, 127.0.0.1, 127.0.0.1");
    expect(clientIp({ "x-forwarded-for": xff.replace(/, 127\.0\.0\.1, /, ", 203.0.113.9, ") }, { count: 1 })).toBe("203.0.113.9");
  }, 30_000);
});
