// `npm run bench [-- name-filter]`: runs every bench/*.bench.ts and prints each figure against
// its limit; exits non-zero when a limit is broken or a benchmark fails.
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type BenchFigure,
  formatFigure,
  isWithinLimit,
  type RunBenchmark,
} from './bench-figure.ts';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

function listBenchFiles(filter: string | undefined): string[] {
  return readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => !filter || file.includes(filter))
    .sort();
}

async function loadBenchmark(file: string): Promise<RunBenchmark> {
  const loaded: { runBenchmark?: unknown } = await import(pathToFileURL(BENCH_DIR + file).href);

  if (typeof loaded.runBenchmark !== 'function') {
    throw new Error(`${file} does not export runBenchmark()`);
  }

  return loaded.runBenchmark as RunBenchmark;
}

/** Runs one benchmark file; returns how many of its figures broke their limit (1 if it threw). */
async function runFile(file: string): Promise<number> {
  const startedAt = performance.now();

  try {
    const figures: BenchFigure[] = await (await loadBenchmark(file))();

    for (const figure of figures) {
      console.log(formatFigure(figure));
    }

    const seconds = ((performance.now() - startedAt) / 1_000).toFixed(1);

    console.log(`  (${file}, ${seconds} s)`);

    return figures.filter((figure) => !isWithinLimit(figure)).length;
  } catch (error) {
    console.error(`${file}: FAILED`, error);

    return 1;
  }
}

const files = listBenchFiles(process.argv[2]);
let broken = 0;

console.log(`node ${process.version}, ${cpus().length} cores, ${files.length} benchmark files`);

for (const file of files) {
  broken += await runFile(file);
}

console.log(broken === 0 ? 'bench: all limits kept' : `bench: ${broken} over limit or failed`);
process.exitCode = broken === 0 ? 0 : 1;
