/** Latency samples of one operation, in milliseconds. */
export class Samples {
  readonly values: number[] = [];
  constructor(readonly name: string) {}

  /** Runs `operation` once and records how long its promise took. */
  async time<T>(operation: () => Promise<T>): Promise<T> {
    const start = process.hrtime.bigint();
    const result = await operation();
    this.values.push(Number(process.hrtime.bigint() - start) / 1e6);
    return result;
  }

  summary(): Summary {
    const sorted = [...this.values].sort((a, b) => a - b);
    return {
      name: this.name,
      count: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    };
  }
}

export interface Summary {
  name: string;
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of ascending `sorted` values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A plain-text table with right-aligned columns after the first; fits a terminal and a README. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const ms = (value: number) => value.toFixed(2);
export const ratio = (value: number) => `${value.toFixed(2)}×`;
