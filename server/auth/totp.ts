import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeBase32 } from './base32.ts';

// RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s.
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
const SECRET_BYTES = 20;
const CODE_FORMAT = /^\d{6}$/;

// One step either side absorbs clock drift between the phone and the server.
const ACCEPTED_DRIFT_STEPS = 1;

/** A new secret, base32 as authenticator apps expect: 160 random bits, as RFC 4226 advises. */
export function generateTotpSecret(): string {
  return encodeBase32(randomBytes(SECRET_BYTES));
}

/** The RFC 6238 time step (counter) that contains `time`. */
export function totpStepAt(time: Date): number {
  return Math.floor(time.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** HOTP (RFC 4226) of one step: HMAC-SHA1 of the counter, dynamically truncated. */
export function computeTotp(secret: Buffer, step: number, digits = TOTP_DIGITS): string {
  const counter = Buffer.alloc(8);

  counter.writeBigUInt64BE(BigInt(step));

  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;

  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The step whose code matches, within the accepted drift, or undefined. Every candidate is
 * compared in constant time and none is skipped, so timing reveals neither digits nor which
 * step matched. The caller must still refuse steps already used (replay).
 */
export function findTotpStep(secret: Buffer, code: string, time: Date): number | undefined {
  // The format is no secret: refusing a malformed code early leaks nothing.
  if (!CODE_FORMAT.test(code)) {
    return undefined;
  }

  const currentStep = totpStepAt(time);
  const given = Buffer.from(code, 'utf8');
  let matchedStep: number | undefined;

  for (let drift = -ACCEPTED_DRIFT_STEPS; drift <= ACCEPTED_DRIFT_STEPS; drift += 1) {
    const step = currentStep + drift;
    const expected = Buffer.from(computeTotp(secret, step), 'utf8');

    if (timingSafeEqual(expected, given)) {
      matchedStep = step;
    }
  }

  return matchedStep;
}

/** The `otpauth://` URI that authenticator apps read from a QR code. */
export function buildOtpauthUri(input: { accountName: string; secret: string }): string {
  // The ':' between issuer and account must stay unambiguous; '@' is legal in a URI path.
  const account = encodeURIComponent(input.accountName).replaceAll('%40', '@');
  const label = `Kayistra:${account}`;
  const query = new URLSearchParams({
    secret: input.secret,
    issuer: 'Kayistra',
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });

  return `otpauth://totp/${label}?${query.toString()}`;
}
