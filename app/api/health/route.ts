import { NextResponse } from "next/server";
import { checkHealth, isHealthy } from "@/lib/health/queries";

// 200 when this instance can serve (database reachable, migrated), 503 otherwise: for load balancers and monitors.
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json({ status: isHealthy(health) ? "ok" : "unavailable", ...health }, {
    status: isHealthy(health) ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
