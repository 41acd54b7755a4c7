import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = `${REPO_ROOT}node_modules/.bin/tsx`;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry (server/main.ts, server/cli.ts) as its own process. */
export function spawnEntry(entry: string, args: string[], env: Record<string, string>) {
  const child = spawn(TSX, [entry, ...args], {
    cwd: REPO_ROOT,
    // A clean environment: only what the test gives, so the developer's variables don't leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };

  child.stdout?.on('data', (chunk) => {
    output.stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output.stderr += String(chunk);
  });

  return { child, output, finished: waitForExit(child, output) };
}

export function waitForExit(child: ChildProcess, output: Omit<Finished, 'code'>) {
  return new Promise<Finished>((resolve) => {
    child.once('exit', (code) => resolve({ code, ...output }));
  });
}

/** Resolves with the first match of `pattern` in the process's stdout. */
export function waitForOutput(
  output: { stdout: string },
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;

  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const match = output.stdout.match(pattern);

      if (match || Date.now() > deadline) {
        clearInterval(poll);
        match ? resolve(match) : reject(new Error(`no ${pattern} in output:\n${output.stdout}`));
      }
    }, 50);
  });
}
