import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_MAX_BYTES, UPLOAD_BODY_MAX_BYTES } from "./lib/request-limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
// The build's static files bypass proxy.ts (which sets the full policy with a nonce on everything else): scripts,
// styles and fonts need no policy of their own, so theirs allows nothing.
const staticFilePolicy = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };

const config: NextConfig = {
  poweredByHeader: false,
  // "use cache" entries in each process's memory, kept fresh by the expiries every write records in PostgreSQL
  // (lib/cache/expiry.ts has the rule). Loaded by Next.js at run time, unbundled.
  cacheHandlers: { default: path.join(process.cwd(), "lib", "cache", "handler.mjs") },
  // pg and pg-boss are loaded from node_modules on the server, not bundled.
  serverExternalPackages: ["pg", "pg-boss"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/_next/static/:path*", headers: [staticFilePolicy] },
      { source: "/_next/image", headers: [staticFilePolicy] },
    ];
  },
  experimental: {
    // The proxy reads a copy of each body and Next.js cut it silently beyond this (10 MB by default): it must hold the
    // largest body the app accepts, which the proxy enforces per path with a message (lib/request-limits.ts).
    proxyClientMaxBodySize: UPLOAD_BODY_MAX_BYTES,
    serverActions: { bodySizeLimit: ACTION_BODY_MAX_BYTES },
    // "use cache" without cacheComponents: that flag also makes every page a prerendered shell whose every uncached
    // read must sit under a <Suspense>, a change of rendering model for every page; only a few components are cached.
    useCache: true,
  },
};

export default withNextIntl(config);
