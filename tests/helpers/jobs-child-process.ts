import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from './jobs-wait.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = `${REPO_ROOT}node_modules/.bin/tsx`;

export interface JobsChild {
  process: ChildProcess;
  /**
   * SIGKILL to the whole process group: tsx runs the script in a node process of its own, which
   * a kill of the tsx wrapper alone would leave running.
   */
  kill(): Promise<void>;
  /** Everything the child printed so far. */
  stdout(): string;
  /** Resolves with the first line of stdout that matches `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

/** Runs one of the jobs helper scripts (tests/helpers/jobs-*-child.ts) as a real process. */
export function spawnJobsChild(script: string, args: string[]): JobsChild {
  const child = spawn(TSX, [fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let errors = '';

  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    errors += String(chunk);
  });

  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });

  return {
    process: child,
    stdout: () => output,
    exited,

    async kill() {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        process.kill(-child.pid, 'SIGKILL');
        await exited;
      }
    },

    waitForLine(pattern, timeoutMs = 30_000) {
      const describe = `${pattern} from ${script} (stderr: ${errors.slice(0, 500)})`;

      return waitFor(describe, () => output.match(pattern) ?? undefined, timeoutMs);
    },
  };
}
