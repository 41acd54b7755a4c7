import type { IncomingHttpHeaders } from 'node:http';
import type { Agent } from 'node:https';
import type { z } from 'zod';
import { HttpsRequestError, sendHttpsRequest } from '../net/https-request.ts';
import { SHIPENTEGRA_HOST } from '../net/remote-hosts.ts';
import {
  isShipentegraBusinessError,
  SHIPENTEGRA_BASE_URL,
  ShipentegraFailureSchema,
  shipentegraEnvelopeSchema,
} from './contract.ts';
import { parseJsonKeepingLargeIntegers } from './lossless-json.ts';
import { ShipentegraError } from './shipentegra-errors.ts';

const DEFAULT_TIMEOUT_MS = 20_000;

export interface ShipentegraRequest<Data extends z.ZodType> {
  method: 'GET' | 'POST';
  /** Under the base URL (`/users/carriers`), or an absolute URL on Shipentegra's own host. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  accessToken?: string;
  /** The contract schema of the envelope's `data`. */
  data: Data;
  timeoutMs?: number;
}

export interface ShipentegraHttp {
  /** One exchange: the parsed `data` of a success envelope, or a `ShipentegraError`. */
  send<Data extends z.ZodType>(request: ShipentegraRequest<Data>): Promise<z.infer<Data>>;
}

export interface ShipentegraHttpOptions {
  /** `remotes.shipentegra`: dials Shipentegra, or the stand-in in the sandbox and tests. */
  agent: Agent;
  timeoutMs?: number;
  /** Language of Shipentegra's error descriptions. */
  language?: 'en' | 'tr';
}

/**
 * The transport every Shipentegra call goes through: URL, headers, timeout, and the envelope
 * read with the contract schemas. It never retries: token refresh lives in shipentegra-auth,
 * and whether a write may be repeated is the caller's call.
 */
export function createShipentegraHttp(options: ShipentegraHttpOptions): ShipentegraHttp {
  return {
    async send(request) {
      const response = await exchange(options, request);
      const body = parseJson(response.body);

      if (response.status >= 200 && response.status < 300) {
        return readSuccess(request.data, response.status, body);
      }

      throw failureOf(response.status, response.headers, body);
    },
  };
}

async function exchange<Data extends z.ZodType>(
  options: ShipentegraHttpOptions,
  request: ShipentegraRequest<Data>,
) {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': options.language ?? 'en',
  };
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);

  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
  }

  if (request.accessToken) {
    headers.authorization = `Bearer ${request.accessToken}`;
  }

  try {
    return await sendHttpsRequest({
      url: resolveShipentegraUrl(request.path, request.query),
      method: request.method,
      agent: options.agent,
      headers,
      body: payload,
      timeoutMs: request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  } catch (error) {
    if (error instanceof HttpsRequestError) {
      throw new ShipentegraError('unavailable', { reason: error.reason });
    }

    throw error;
  }
}

/**
 * Absolute URLs (label endpoints from `/users/carriers` may be given that way) must stay on
 * Shipentegra's host: the bearer token goes with the request and must never leave it.
 */
export function resolveShipentegraUrl(path: string, query?: Record<string, string>): string {
  const url = /^https?:\/\//i.test(path)
    ? new URL(path)
    : new URL(`${SHIPENTEGRA_BASE_URL}${path}`);

  if (url.protocol !== 'https:' || url.hostname !== SHIPENTEGRA_HOST || url.port !== '') {
    throw new Error(`refusing to call ${url.origin}: not Shipentegra's API host`);
  }

  for (const [name, value] of Object.entries(query ?? {})) {
    url.searchParams.set(name, value);
  }

  return url.toString();
}

function readSuccess<Data extends z.ZodType>(data: Data, status: number, body: unknown) {
  const envelope = shipentegraEnvelopeSchema(data).safeParse(body);

  if (envelope.success) {
    return envelope.data.data as z.infer<Data>;
  }

  // A PHP backend may say "fail" with a 200: that is still a refusal, not a success.
  const failure = ShipentegraFailureSchema.safeParse(body);

  if (failure.success && failure.data.status === 'fail') {
    throw new ShipentegraError('business', { status, items: failure.data.data });
  }

  throw new ShipentegraError('unexpected_response', { status });
}

function failureOf(status: number, headers: IncomingHttpHeaders, body: unknown): ShipentegraError {
  if (status === 429) {
    return new ShipentegraError('rate_limited', {
      status,
      retryAfterSeconds: parseRetryAfter(headers['retry-after']),
    });
  }

  const failure = ShipentegraFailureSchema.safeParse(body);
  // Shipentegra sends some business refusals as 401/403: only an `ERR.` code tells them apart
  // from an expired token, which must trigger a new token rather than a seller-facing error.
  const isBusiness =
    failure.success &&
    failure.data.status === 'fail' &&
    (status !== 401 || isShipentegraBusinessError(body));

  if (isBusiness) {
    return new ShipentegraError('business', { status, items: failure.data.data });
  }

  if (status === 401) {
    return new ShipentegraError('unauthenticated', { status });
  }

  return new ShipentegraError(status >= 500 ? 'unavailable' : 'unexpected_response', { status });
}

/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(
  header: string | string[] | undefined,
  now = new Date(),
): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;

  if (!value) {
    return undefined;
  }

  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }

  const at = Date.parse(value);

  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function parseJson(body: Buffer): unknown {
  try {
    // Tracking numbers may arrive as JSON numbers past 2^53; JSON.parse would change digits.
    return parseJsonKeepingLargeIntegers(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
