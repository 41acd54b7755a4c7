import { describe, expect, test } from 'vitest';
import { FEATURES } from '../../extension/features/registry.ts';
import { describeCode, describeFailure } from '../../extension/locales/describe-failure.ts';
import { en } from '../../extension/locales/en.ts';
import { getMessages, pickLanguage } from '../../extension/locales/language.ts';
import { formatRelativeTime } from '../../extension/locales/relative-time.ts';
import { tr } from '../../extension/locales/tr.ts';

// Every leaf of a dictionary as "path: kind", calling functions with sample arguments so that a
// translation that returns nothing is caught as well as a missing key.
function listLeaves(node: unknown, path = ''): string[] {
  if (typeof node === 'function') {
    const text: unknown = node('x', 'y', 'z');
    return [`${path}: ${typeof text === 'string' && text.trim() !== '' ? 'text' : 'empty'}`];
  }

  if (typeof node === 'string') {
    return [`${path}: ${node.trim() === '' ? 'empty' : 'text'}`];
  }

  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    listLeaves(value, path ? `${path}.${key}` : key),
  );
}

function listTexts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'function') {
    return [[path, String(node('x', 'y', 'z'))]];
  }

  if (typeof node === 'string') {
    return [[path, node]];
  }

  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    listTexts(value, path ? `${path}.${key}` : key),
  );
}

describe('English and Turkish (issue #6)', () => {
  test('Turkish has every English key and no other, none of them empty', () => {
    const { errors: enErrors, ...enRest } = en;
    const { errors: trErrors, ...trRest } = tr;

    expect(listLeaves(trRest)).toEqual(listLeaves(enRest));
    expect(listLeaves(trRest).filter((leaf) => leaf.endsWith('empty'))).toEqual([]);
    // English shows the server's own (English) messages; Turkish words the common codes.
    expect(enErrors).toEqual({});
    expect(Object.keys(trErrors).length).toBeGreaterThan(15);
  });

  test('Turkish is a translation, not a copy of the English', () => {
    const textOf = (dictionary: object) =>
      new Map(listTexts(dictionary).map(([path, text]) => [path, text] as const));
    const english = textOf(en);
    const identical = listTexts(tr).filter(([path, text]) => english.get(path) === text);

    // Names stay as they are (the product, Amazon, Shipentegra and its field names), and so do
    // texts that are only names put together.
    expect(identical.map(([path]) => path).sort()).toEqual([
      'amazon.heading',
      'common.appName',
      'popup.account',
      'popup.amazonRegion',
      'shipentegra.clientId',
      'shipentegra.clientSecret',
      'shipentegra.heading',
      'sync.row',
    ]);
  });

  test('every registered feature has a name for its toggle in both languages', () => {
    for (const feature of FEATURES) {
      expect(en.features.names[feature.id], feature.id).toBeTruthy();
      expect(tr.features.names[feature.id], feature.id).toBeTruthy();
    }

    expect(Object.keys(tr.features.names).sort()).toEqual(Object.keys(en.features.names).sort());
  });

  test.each([
    ['tr', 'tr'],
    ['tr-TR', 'tr'],
    ['TR_tr', 'tr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('the browser language %j picks %s', (languageTag, expected) => {
    expect(pickLanguage(languageTag)).toBe(expected);
  });

  test('the dictionary follows the detected language', () => {
    expect(getMessages('tr')).toBe(tr);
    expect(getMessages('en')).toBe(en);
  });

  test("errors read in the seller's language, falling back to the server's words", () => {
    const locked = { code: 'ACCOUNT_LOCKED', message: 'Too many failed sign-ins.' } as const;

    expect(describeFailure(locked, en)).toBe('Too many failed sign-ins.');
    expect(describeFailure({ ...locked, retryAfterSeconds: 900 }, en)).toBe(
      'Too many failed sign-ins. Try again in about 15 minutes.',
    );

    expect(describeFailure(locked, tr)).toBe(tr.errors.ACCOUNT_LOCKED);
    expect(describeCode('SOMETHING_NEW', 'Do the new thing first.', tr)).toBe(
      'Do the new thing first.',
    );
  });

  test('relative times read naturally in both languages', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

    expect(formatRelativeTime(ago(20), now, 'en')).toBe('now');
    expect(formatRelativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(ago(86_400), now, 'en')).toBe('yesterday');
    expect(formatRelativeTime(ago(5 * 60), now, 'tr')).toBe('5 dakika önce');
  });
});
