import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../server/auth/base32.ts';
import {
  buildOtpauthUri,
  computeTotp,
  findTotpStep,
  generateTotpSecret,
  totpStepAt,
} from '../../server/auth/totp.ts';

// RFC 6238 appendix B, SHA-1 rows: the shared secret is the ASCII string below.
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS = [
  { seconds: 59, eightDigits: '94287082' },
  { seconds: 1111111109, eightDigits: '07081804' },
  { seconds: 1111111111, eightDigits: '14050471' },
  { seconds: 1234567890, eightDigits: '89005924' },
  { seconds: 2000000000, eightDigits: '69279037' },
  { seconds: 20000000000, eightDigits: '65353130' },
];

const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('matches the 8-digit vector at $seconds s', ({ seconds, eightDigits }) => {
    expect(computeTotp(RFC_SECRET, totpStepAt(at(seconds)), 8)).toBe(eightDigits);
  });

  it.each(RFC_VECTORS)('gives the 6-digit truncation at $seconds s', ({ seconds, eightDigits }) => {
    expect(computeTotp(RFC_SECRET, totpStepAt(at(seconds)))).toBe(eightDigits.slice(2));
  });

  it('accepts the previous, current and next step, and nothing further', () => {
    const now = at(1111111111);
    const step = totpStepAt(now);
    const codeFor = (offset: number) => computeTotp(RFC_SECRET, step + offset);

    expect(findTotpStep(RFC_SECRET, codeFor(-1), now)).toBe(step - 1);
    expect(findTotpStep(RFC_SECRET, codeFor(0), now)).toBe(step);
    expect(findTotpStep(RFC_SECRET, codeFor(1), now)).toBe(step + 1);
    expect(findTotpStep(RFC_SECRET, codeFor(-2), now)).toBeUndefined();
    expect(findTotpStep(RFC_SECRET, codeFor(2), now)).toBeUndefined();
  });

  it('refuses malformed codes without throwing', () => {
    const now = at(59);

    for (const code of ['', '28708', '2870822', 'abcdef', '２８７０８２', ' 287082']) {
      expect(findTotpStep(RFC_SECRET, code, now)).toBeUndefined();
    }
  });

  it('makes 160-bit base32 secrets that differ every time', () => {
    const first = generateTotpSecret();

    expect(first).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeBase32(first)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(first);
  });

  it('builds the otpauth URI authenticator apps read', () => {
    const uri = buildOtpauthUri({ accountName: 'ayse@example.test', secret: 'JBSWY3DPEHPK3PXP' });

    expect(uri).toBe(
      'otpauth://totp/Kayistra:ayse@example.test?secret=JBSWY3DPEHPK3PXP&issuer=Kayistra' +
        '&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('base32 (RFC 4648)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('encodes %j as %s and back', (text, encoded) => {
    expect(encodeBase32(Buffer.from(text))).toBe(encoded);
    expect(decodeBase32(encoded).toString()).toBe(text);
  });

  it('decodes lower case, spaces and padding, and refuses other characters', () => {
    expect(decodeBase32('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(() => decodeBase32('MZXW1')).toThrow();
  });
});
