import type { Agent } from 'node:https';
import { z } from 'zod';
import type { AmazonApp } from '../../config.ts';
import { HttpsRequestError, sendHttpsRequest } from '../../net/https-request.ts';
import { LWA_HOST } from '../../net/remote-hosts.ts';

const TOKEN_URL = `https://${LWA_HOST}/auth/o2/token`;
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * - `invalid_grant`: the code expired (5 minutes), was already used, or names another
 *   redirect URI: the seller starts again;
 * - `invalid_client`: LWA refused our client id or secret (they rotate every 180 days): only
 *   the operator can fix it;
 * - `rejected`: any other refusal of the request;
 * - `unavailable`: no usable answer (timeout, dropped connection, 5xx, 429, garbage).
 */
export type LwaExchangeFailure = 'invalid_grant' | 'invalid_client' | 'rejected' | 'unavailable';

export class LwaExchangeError extends Error {
  readonly failure: LwaExchangeFailure;

  constructor(failure: LwaExchangeFailure, detail: string) {
    super(`LWA code exchange failed: ${failure} (${detail})`);
    this.name = 'LwaExchangeError';
    this.failure = failure;
  }
}

const TokenAnswerSchema = z.looseObject({ refresh_token: z.string().min(1) });
const ErrorAnswerSchema = z.looseObject({ error: z.string() });

export interface CodeExchange {
  agent: Agent;
  amazonApp: AmazonApp;
  code: string;
  /** Must equal the redirect URI the code was issued to. */
  redirectUri: string;
  timeoutMs?: number;
}

/**
 * Redeems an `spapi_oauth_code` for the seller's refresh token. Written here rather than with
 * the amazon-sp-api client's `exchange`, which sends JSON: LWA documents a form-encoded body.
 */
export async function exchangeAuthorizationCode(input: CodeExchange): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    client_id: input.amazonApp.lwaClientId,
    client_secret: input.amazonApp.lwaClientSecret,
  });
  const response = await postForm(input, form.toString());
  const answer = parseJson(response.body);

  if (response.status === 200) {
    const tokens = TokenAnswerSchema.safeParse(answer);

    if (!tokens.success) {
      throw new LwaExchangeError('unavailable', 'a 200 without a refresh token');
    }

    return tokens.data.refresh_token;
  }

  throw new LwaExchangeError(classify(response.status, answer), `HTTP ${response.status}`);
}

async function postForm(input: CodeExchange, body: string) {
  try {
    return await sendHttpsRequest({
      url: TOKEN_URL,
      method: 'POST',
      agent: input.agent,
      headers: {
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
        accept: 'application/json',
      },
      body,
      timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  } catch (error) {
    if (error instanceof HttpsRequestError) {
      throw new LwaExchangeError('unavailable', error.reason);
    }

    throw error;
  }
}

function classify(status: number, answer: unknown): LwaExchangeFailure {
  if (status === 429 || status >= 500) {
    return 'unavailable';
  }

  const lwaError = ErrorAnswerSchema.safeParse(answer).data?.error;

  if (lwaError === 'invalid_grant') {
    return 'invalid_grant';
  }

  if (lwaError === 'invalid_client' || lwaError === 'unauthorized_client') {
    return 'invalid_client';
  }

  return lwaError ? 'rejected' : 'unavailable';
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
