// One app process of scripts/serve.ts: Next.js's request handler on the production build, listening on the port the
// cluster shares. Its two additions:
// - the connection's own address is appended to X-Forwarded-For, as a reverse proxy appends its client's, so that the
//   last entry is never one a client wrote (lib/auth/client-ip.ts; Next.js sets the header only when it is missing);
// - at most CHITIEU_IN_FLIGHT requests (lib/env.ts; set by serve.ts) are handed to Next.js at once, the others wait in
//   arrival order. Next.js starts every request it is given at once: past the cores' pace, each render then shares
//   the CPU with all the others, so every answer comes late and each render's memory is held meanwhile (1.7 GB in one
//   process at 100 requests/s, docs/performance.md). In turn, the early ones finish at full speed. The build's static
//   files do not wait behind renders.
import http from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { takeTurns } from "./turns.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.CHITIEU_HOSTNAME || undefined;
const inFlight = Number(process.env.CHITIEU_IN_FLIGHT) || 8;
const app = next({ dev: false, dir: fileURLToPath(new URL("../..", import.meta.url)), hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const inTurn = takeTurns(inFlight, (req, res) => void handle(req, res), (req) => req.url?.startsWith("/_next/static/") ?? false);
const server = http.createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = `${forwarded ? `${forwarded}, ` : ""}${req.socket.remoteAddress ?? "unknown"}`;
  inTurn(req, res);
});
// Longer than a reverse proxy's idle upstream connection (nginx: 60 s), so that the proxy closes first.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => process.send?.({ ready: true }));
// Stopped by the primary: end normally (so that, among others, --cpu-prof writes its profile).
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
