import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spawn-kayistra.ts';

const SOURCE_FOLDERS = ['server', 'shared', 'extension', 'tests', 'bench', 'scripts'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'models', 'migrations', 'fixtures']);

function listSourceFiles(folder: string): string[] {
  const path = join(REPO_ROOT, folder);

  return readdirSync(path).flatMap((name) => {
    const child = join(path, name);

    if (statSync(child).isDirectory()) {
      return SKIPPED_FOLDERS.has(name) ? [] : listSourceFiles(relative(REPO_ROOT, child));
    }

    return /\.(ts|tsx|mjs)$/.test(name) ? [relative(REPO_ROOT, child)] : [];
  });
}

const files = SOURCE_FOLDERS.flatMap((folder) => {
  try {
    return listSourceFiles(folder);
  } catch {
    return [];
  }
}).map((path) => ({ path, text: readFileSync(join(REPO_ROOT, path), 'utf8') }));

function importsOf(text: string): { specifier: string; isTypeOnly: boolean }[] {
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm;

  return [...text.matchAll(pattern)].map((match) => ({
    specifier: match[3] ?? '',
    isTypeOnly: Boolean(match[2]),
  }));
}

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps shared/ free of server and extension code', () => {
    const offenders = files
      .filter((file) => file.path.startsWith('shared/'))
      .filter((file) =>
        importsOf(file.text).some(({ specifier }) => /\/(server|extension)\//.test(specifier)),
      );

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('keeps the server free of extension code', () => {
    const offenders = files
      .filter((file) => file.path.startsWith('server/'))
      .filter((file) =>
        importsOf(file.text).some(({ specifier }) => specifier.includes('/extension/')),
      );

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('lets the extension take only types from the server', () => {
    const offenders = files
      .filter((file) => file.path.startsWith('extension/'))
      .filter((file) =>
        importsOf(file.text).some(
          ({ specifier, isTypeOnly }) => specifier.includes('/server/') && !isTypeOnly,
        ),
      );

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('marks shortcomings only as TODO(#issue) or TODO [YYYY-MM-DD], none expired', () => {
    const today = new Date().toISOString().slice(0, 10);
    const problems = files.flatMap((file) =>
      file.text.split('\n').flatMap((line, index) => {
        const where = `${file.path}:${index + 1}`;
        const dated = line.match(/TODO \[(\d{4}-\d{2}-\d{2})\]/);

        if (file.path === 'tests/unit/architecture.test.ts' || !/\b(TODO|FIXME|XXX)\b/.test(line)) {
          return [];
        }

        if (dated?.[1]) {
          return dated[1] < today ? [`${where} expired on ${dated[1]}`] : [];
        }

        return /TODO\(#\d+\)/.test(line) ? [] : [`${where} has an untracked mark`];
      }),
    );

    expect(problems).toEqual([]);
  });

  it('logs through the request logger in server code, never the console', () => {
    const offenders = files
      .filter((file) => file.path.startsWith('server/'))
      .filter((file) => /console\.(log|info|debug)\(/.test(file.text));

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('keeps Seller Central DOM knowledge in the selector module', () => {
    const domHints = /data-test-id|#MYO-app|#apploading|kat-[a-z]/;
    const offenders = files
      .filter((file) => file.path.startsWith('extension/'))
      .filter((file) => file.path !== 'extension/seller-central/selectors.ts')
      .filter((file) => domHints.test(file.text));

    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = files
      .filter((file) => !file.path.startsWith('tests/'))
      .filter((file) => file.text.split('\n').length > 300)
      .map((file) => file.path);

    expect(long).toEqual([]);
  });
});
