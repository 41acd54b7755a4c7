import type { Agent } from 'node:https';
import { SellingPartner } from 'amazon-sp-api';
import type { AmazonApp } from '../config.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';

/**
 * The client picks the oldest version that has an operation unless told otherwise; these are
 * the versions our code and our stand-in's models speak. confirmShipment still resolves to v0.
 */
export const PINNED_VERSIONS = {
  orders: '2026-01-01',
  listingsItems: '2021-08-01',
  catalogItems: '2022-04-01',
} as const;

export interface SpApiRequest {
  /** e.g. `searchOrders`, `confirmShipment`. */
  operation: string;
  /** The client's endpoint group, e.g. `orders`, `listingsItems`, `fbaInventory`. */
  endpoint: string;
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: unknown;
  /** Overrides the pinned version, e.g. `v0` for confirmShipment is already the default. */
  version?: string;
}

export interface SpApiResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or undefined for an empty body (204). */
  body: unknown;
}

/** Amazon's LWA refused the seller's refresh token: the seller must authorise us again. */
export class AmazonAuthorizationRevokedError extends Error {
  readonly lwaError: string;

  constructor(lwaError: string) {
    super(`Amazon refused the refresh token (${lwaError})`);
    this.name = 'AmazonAuthorizationRevokedError';
    this.lwaError = lwaError;
  }
}

export interface SellingPartnerClient {
  region: AmazonRegion;
  /** One HTTP exchange; no retries here (the rate limiter above decides those). */
  call(request: SpApiRequest): Promise<SpApiResponse>;
}

// The package's typings list fewer operations than its resources implement (searchOrders is
// missing), so we call through this narrower view of the same method.
interface RawSellingPartner {
  callAPI(params: Record<string, unknown>): Promise<{
    statusCode: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>;
  refreshAccessToken(): Promise<void>;
}

const LWA_REFUSALS = new Set(['invalid_grant', 'unauthorized_client', 'invalid_client']);

export interface SellingPartnerClientOptions {
  region: AmazonRegion;
  /** Opened from its sealed column just before this call; lives only in this client's memory. */
  refreshToken: string;
  amazonApp: AmazonApp;
  /** From `createRemoteAgents`: dials the real hosts or the configured overrides. */
  agent: Agent;
  timeoutMs?: number;
}

export function createSellingPartnerClient(
  options: SellingPartnerClientOptions,
): SellingPartnerClient {
  const client = new SellingPartner({
    region: options.region,
    refresh_token: options.refreshToken,
    credentials: {
      SELLING_PARTNER_APP_CLIENT_ID: options.amazonApp.lwaClientId,
      SELLING_PARTNER_APP_CLIENT_SECRET: options.amazonApp.lwaClientSecret,
    },
    endpoints_versions: { ...PINNED_VERSIONS },
    options: {
      // Its own throttling retry loops forever on 429; ours is bounded and per tenant.
      auto_request_throttled: false,
      // It would retry dropped connections after 10 s, invisibly to our limiter.
      retry_remote_timeout: false,
      https_proxy_agent: options.agent,
      // Deadline only: the client never clears its first-byte (`response`) timer when an answer
      // has no body (confirmShipment's 204), leaving a stray timer per confirmation.
      timeouts: { deadline: options.timeoutMs ?? 30_000 },
    },
  }) as unknown as RawSellingPartner;

  const send = async (request: SpApiRequest): Promise<SpApiResponse> => {
    const raw = await withLwaRefusalsMapped(() =>
      client.callAPI({
        operation: request.operation,
        endpoint: request.endpoint,
        path: request.path,
        query: request.query,
        body: request.body,
        options: { raw_result: true, ...(request.version ? { version: request.version } : {}) },
      }),
    );

    return { status: raw.statusCode, headers: raw.headers, body: parseBody(raw.body) };
  };

  return {
    region: options.region,
    async call(request) {
      const response = await send(request);

      // Raw results skip the client's own refresh-on-expiry, so we do it: once.
      if (response.status === 403 && isExpiredAccessToken(response.body)) {
        await withLwaRefusalsMapped(() => client.refreshAccessToken());
        return send(request);
      }

      return response;
    },
  };
}

async function withLwaRefusalsMapped<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as { code?: unknown }).code;

    if (typeof code === 'string' && LWA_REFUSALS.has(code)) {
      throw new AmazonAuthorizationRevokedError(code);
    }

    throw error;
  }
}

function parseBody(body: string): unknown {
  if (!body) {
    return undefined;
  }

  try {
    return JSON.parse(body);
  } catch {
    return { unparsed: body.slice(0, 200) };
  }
}

function isExpiredAccessToken(body: unknown): boolean {
  const errors = (body as { errors?: { code?: string; details?: string; message?: string }[] })
    ?.errors;

  return Boolean(
    errors?.some((error) => /access token.*expired/i.test(`${error.message} ${error.details}`)),
  );
}
