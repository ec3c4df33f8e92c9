// The demo splits its press-report totals over units with this, so the rolled-up totals are those numbers exactly.
/** Splits `total` into integers proportional to `weights` that add up to `total` exactly (largest remainder). */
export function distribute(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/** Splits `total` over the named rows (Biểu 2's and 3's breakdowns), the weights turned by the unit's index `i` so units differ. */
export function splitRows(total: number, rows: [string, number][], i: number): Record<string, number> {
  const weights = rows.map(([, w], k) => (w === 0 ? 0 : w + ((i + k) % 3)));
  const parts = distribute(total, weights);
  return Object.fromEntries(rows.map(([code], k) => [code, parts[k]!]));
}
