import type { ShipentegraErrorItem } from './contract.ts';

/**
 * - `business`: Shipentegra refused the request itself (wrong credentials, DDP to GB, empty
 *   balance): `items` carry its `ERR.` codes; retrying the same request will not help;
 * - `unauthenticated`: the access token is missing or expired (a 401 with no `ERR.` code);
 * - `rate_limited`: 429, with `Retry-After` when Shipentegra sent one;
 * - `unavailable`: no usable answer (timeout, dropped connection, 5xx): the outcome of a
 *   write is unknown;
 * - `unexpected_response`: an answer whose shape the contract does not describe.
 */
export type ShipentegraErrorKind =
  | 'business'
  | 'unauthenticated'
  | 'rate_limited'
  | 'unavailable'
  | 'unexpected_response';

export interface ShipentegraErrorDetails {
  status?: number;
  items?: ShipentegraErrorItem[];
  retryAfterSeconds?: number;
  /** Why a request got no answer: `timeout`, `network` or `too_large`. */
  reason?: string;
}

export class ShipentegraError extends Error {
  readonly kind: ShipentegraErrorKind;
  readonly status?: number;
  readonly items: ShipentegraErrorItem[];
  readonly retryAfterSeconds?: number;
  readonly reason?: string;

  constructor(kind: ShipentegraErrorKind, details: ShipentegraErrorDetails = {}) {
    const status = details.status ? ` (HTTP ${details.status})` : '';
    const codes = details.items?.length ? `: ${details.items.map((item) => item.message)}` : '';

    super(`Shipentegra ${kind}${status}${codes}`);
    this.name = 'ShipentegraError';
    this.kind = kind;
    this.status = details.status;
    this.items = details.items ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.reason = details.reason;
  }

  /** The `ERR.<operation>.<reason>` codes, for mapping to messages a seller can act on. */
  get codes(): string[] {
    return this.items.map((item) => item.message);
  }
}

export function isShipentegraError(
  error: unknown,
  kind?: ShipentegraErrorKind,
): error is ShipentegraError {
  return error instanceof ShipentegraError && (kind === undefined || error.kind === kind);
}
