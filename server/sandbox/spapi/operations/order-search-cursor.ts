import { createHash } from 'node:crypto';
import { invalidInput } from '../sp-api-errors.ts';

/**
 * A keyset cursor: the upper time bound fixed on the first page plus the sort key of the last
 * order returned. Orders created or changed while a caller pages fall past the bound, so a
 * walk through the pages never repeats or skips what was there when it started.
 */
export interface OrderSearchCursor {
  bound: string;
  afterTime: string;
  afterOrderId: string;
  filters: string;
  issuedAt: number;
}

const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

export function fingerprintFilters(filters: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 16);
}

export function encodeCursor(cursor: OrderSearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor of a token issued for the same filters within Amazon's 24 hours. */
export function decodeCursor(token: string, filters: string, amazonNow: number): OrderSearchCursor {
  let cursor: Partial<OrderSearchCursor>;

  try {
    cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as OrderSearchCursor;
  } catch {
    throw invalidInput('Invalid paginationToken', 'The token was not issued by this API.');
  }

  if (cursor.filters !== filters) {
    throw invalidInput(
      'Invalid paginationToken',
      'Pass the same filters as on the request that returned the token.',
    );
  }

  if (typeof cursor.issuedAt !== 'number' || amazonNow - cursor.issuedAt > TOKEN_LIFETIME_MS) {
    throw invalidInput('Invalid paginationToken', 'The token has expired.');
  }

  return cursor as OrderSearchCursor;
}
