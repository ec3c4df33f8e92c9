// One app process of scripts/serve.ts: Next.js's request handler on the production build, listening on the port the
// cluster shares. Its one addition: the connection's own address is appended to X-Forwarded-For, as a reverse proxy
// appends its client's, so that the last entry is never one a client wrote (lib/auth/client-ip.ts; Next.js sets the
// header only when it is missing).
import http from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.CHITIEU_HOSTNAME || undefined;
const app = next({ dev: false, dir: fileURLToPath(new URL("../..", import.meta.url)), hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = `${forwarded ? `${forwarded}, ` : ""}${req.socket.remoteAddress ?? "unknown"}`;
  void handle(req, res);
});
// Longer than a reverse proxy's idle upstream connection (nginx: 60 s), so that the proxy closes first.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => process.send?.({ ready: true }));
// Stopped by the primary: end normally (so that, among others, --cpu-prof writes its profile).
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
