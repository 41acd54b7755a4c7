import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';

/**
 * Keyset cursors for list routes: the sort key of the last row shown, opaque to the client.
 * Not a secret (it only names the caller's own rows), so a plain encoding is enough.
 */
export function encodePageCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodePageCursor<Key extends z.ZodType>(
  schema: Key,
  unverifiedCursor: string,
): z.infer<Key> {
  let parsed: unknown;

  try {
    parsed = JSON.parse(Buffer.from(unverifiedCursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }

  const result = schema.safeParse(parsed);

  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Check these fields: cursor.',
      fields: [{ path: 'cursor', message: 'Not a cursor from a previous page.' }],
    });
  }

  return result.data;
}

/** `value%` for LIKE, with the user's own % and _ taken literally. */
export function likePrefix(value: string): string {
  return `${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export const OrderCursorSchema = z.tuple([z.number().int(), z.string()]);
export const ListingCursorSchema = z.tuple([z.string(), z.string()]);
