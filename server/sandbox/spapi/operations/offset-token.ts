import { invalidInput } from '../sp-api-errors.ts';

/** Page tokens that carry an offset and the filters they were issued for. */
export function encodeOffsetToken(at: number, filters: string): string {
  return Buffer.from(JSON.stringify({ at, filters })).toString('base64url');
}

/** The offset of a token issued for the same filters; 0 without a token. */
export function decodeOffsetToken(
  token: string | undefined,
  filters: string,
  name: string,
): number {
  if (!token) {
    return 0;
  }

  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      at: unknown;
      filters: unknown;
    };

    if (parsed.filters === filters && Number.isInteger(parsed.at) && Number(parsed.at) >= 0) {
      return Number(parsed.at);
    }
  } catch {
    // Falls through to the error below: a token this API did not issue.
  }

  throw invalidInput(
    `Invalid ${name}`,
    'Pass the same filters as on the request that returned it.',
  );
}
