import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');
const MANIFEST = path.join(EXTENSION_DIR, 'manifest.json');
const SOURCES = ['extension', 'shared', 'wxt.config.ts'].map((name) => path.join(REPO_ROOT, name));

function findNewestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }

  const children = readdirSync(entry).map((child) => findNewestChange(path.join(entry, child)));
  return Math.max(stats.mtimeMs, ...children);
}

function isBuildCurrent(): boolean {
  if (!existsSync(MANIFEST)) {
    return false;
  }

  const builtAt = statSync(MANIFEST).mtimeMs;
  return SOURCES.filter(existsSync).every((source) => findNewestChange(source) <= builtAt);
}

// `npm test` builds first; a lone `npx vitest run tests/e2e/...` after an edit would otherwise
// test yesterday's extension, so a missing or older build is rebuilt here.
export function ensureExtensionBuilt(): string {
  if (!isBuildCurrent()) {
    // vitest sets NODE_ENV=test, which would make Vite emit development JSX calls that the
    // production React bundle lacks.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  }

  return EXTENSION_DIR;
}
