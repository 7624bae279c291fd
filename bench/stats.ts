// Percentiles (nearest rank) and rounding for the table.
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Two decimals: the figures are in ms or MB, and finer digits are noise on this machine. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

export const describe3 = (samples: readonly number[]): string =>
  `p50 ${percentile(samples, 50).toFixed(2)}  p95 ${percentile(samples, 95).toFixed(2)}  p99 ${percentile(samples, 99).toFixed(2)}  max ${Math.max(...samples).toFixed(2)}  (n=${samples.length})`;
