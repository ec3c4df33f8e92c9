// One app worker, started by scripts/serve.mjs: Next.js's request handler on the production build, on a port of
// its own on 127.0.0.1 that it reports to the primary (which alone faces the network, scripts/lib/front.mjs).
import http from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";

const publicPort = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), hostname: "127.0.0.1", port: publicPort });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => void handle(req, res));
// The front keeps its connections to a worker open; it must close them first.
server.keepAliveTimeout = 70_000;
// exclusive: a port of this worker's own, not one shared by the cluster.
server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => process.send?.({ ready: server.address().port }));
// Stopped by the primary: end normally (so that, among others, --cpu-prof writes its profile).
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
