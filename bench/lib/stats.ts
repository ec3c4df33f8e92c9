// Percentiles and timing loops shared by the benchmark sections.
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";

export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of a sample (milliseconds). */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, median: NaN, p95: NaN, p99: NaN, max: NaN };
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

/** Runs `run` a few times to warm connections and plans, then `runs` times measured one after another. */
export async function timeRuns(runs: number, run: () => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < Math.min(10, runs); i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : "—");

/**
 * A fixed piece of CPU work (300,000 chained SHA-256 digests) timed in the load generator: this machine's speed
 * varies by half from hour to hour, and a run's figures are read beside it (~380–450 ms on a quiet 3 Dec).
 */
export function speedCheckMs(): number {
  const start = performance.now();
  let digest = Buffer.alloc(32);
  for (let i = 0; i < 300_000; i++) digest = createHash("sha256").update(digest).digest();
  return performance.now() - start;
}
