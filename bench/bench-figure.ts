/** One measured number, printed by bench/run.ts and checked against its limit if it has one. */
export interface BenchFigure {
  name: string;
  value: number;
  /** `ratio` for comparisons against a reference figure, else e.g. `rows/s` or `ms`. */
  unit: string;
  /** Without a limit the figure is a reference that later benchmarks compare against. */
  limit?: { max: number } | { min: number };
}

/** Each `bench/*.bench.ts` exports this; run.ts calls it and prints what it returns. */
export type RunBenchmark = () => Promise<BenchFigure[]> | BenchFigure[];

export function isWithinLimit(figure: BenchFigure): boolean {
  if (!figure.limit) {
    return true;
  }

  return 'max' in figure.limit
    ? figure.value <= figure.limit.max
    : figure.value >= figure.limit.min;
}

/**
 * One line per figure: `raw-sqlite-insert: 412,000 rows/s (reference figure)` or
 * `sync-orders: ratio 1.04 (limit 1.10) ok`.
 */
export function formatFigure(figure: BenchFigure): string {
  const measured = formatQuantity(figure.value, figure.unit);

  if (!figure.limit) {
    return `${figure.name}: ${measured} (reference figure)`;
  }

  const bound = 'max' in figure.limit ? figure.limit.max : figure.limit.min;
  const prefix = 'max' in figure.limit ? 'limit' : 'limit at least';
  const limit = `${prefix} ${formatQuantity(bound, figure.unit, false)}`;
  const verdict = isWithinLimit(figure) ? 'ok' : 'OVER LIMIT';

  return `${figure.name}: ${measured} (${limit}) ${verdict}`;
}

function formatQuantity(value: number, unit: string, hasUnit = true): string {
  if (unit === 'ratio') {
    const number = value.toFixed(2);

    return hasUnit ? `ratio ${number}` : number;
  }

  const number = value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 0 : 2 });

  return hasUnit ? `${number} ${unit}` : number;
}
