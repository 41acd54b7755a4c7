import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type DatabaseHandle, openDatabase } from '../server/db/connection.ts';

export interface RateMeasurement {
  count: number;
  wallMs: number;
  /** User plus system CPU of this process, which is what "CPU cost" ratios compare. */
  cpuMs: number;
  perSecond: number;
  cpuMicrosPerItem: number;
}

/** Times `work`, which returns how many items it handled, in wall-clock and CPU time. */
export async function measureRate(work: () => number | Promise<number>): Promise<RateMeasurement> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const count = await work();

  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1_000;

  return {
    count,
    wallMs,
    cpuMs,
    perSecond: count / (wallMs / 1_000),
    cpuMicrosPerItem: (cpuMs * 1_000) / count,
  };
}

/** The fastest of `runs` measurements: the others lost time to noise, not to the code. */
export async function measureBestOf(
  runs: number,
  measure: () => Promise<RateMeasurement>,
): Promise<RateMeasurement> {
  let best: RateMeasurement | undefined;

  for (let run = 0; run < runs; run += 1) {
    const measurement = await measure();

    if (!best || measurement.perSecond > best.perSecond) {
      best = measurement;
    }
  }

  if (!best) {
    throw new RangeError('measureBestOf needs at least one run');
  }

  return best;
}

/**
 * A fresh database file with the server's own pragmas (WAL, secure_delete, ...), removed after
 * `use`; a file and not `:memory:` because the disk path is what production pays for.
 */
export async function withBenchDatabase<T>(use: (handle: DatabaseHandle) => Promise<T>) {
  const dir = mkdtempSync(join(tmpdir(), 'kayistra-bench-'));
  const handle = openDatabase(join(dir, 'bench.db'));

  try {
    return await use(handle);
  } finally {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
