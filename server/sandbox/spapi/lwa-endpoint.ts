import { timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseFormOrJson, readBody, sendJson } from './http-exchange.ts';
import { ACCESS_TOKEN_SECONDS } from './lwa-tokens.ts';
import { type Exchange, recordExchange, type StandInRuntime } from './stand-in-runtime.ts';

interface TokenAnswer {
  status: number;
  body: object;
  sellerId?: string;
}

/**
 * Login with Amazon's `POST /auth/o2/token`. Our OAuth code sends a form; the amazon-sp-api
 * client sends JSON when it refreshes: both are read.
 */
export async function handleTokenRequest(
  runtime: StandInRuntime,
  exchange: Exchange,
): Promise<void> {
  const fault = runtime.faults.decide('lwa');

  if (fault.latencyMs > 0) {
    await sleep(fault.latencyMs);
  }

  if (fault.action === 'timeout') {
    recordExchange(runtime, exchange, 'lwa:token', 'timeout');
    return;
  }

  if (fault.action === 'drop') {
    exchange.request.socket.destroy();
    recordExchange(runtime, exchange, 'lwa:token', 'dropped');
    return;
  }

  const isFailure = fault.action === 'throttle' || fault.action === 'error';
  const answer = isFailure
    ? lwaError(
        fault.action === 'throttle' ? 429 : (fault.status ?? 500),
        'server_error',
        'Try again later.',
      )
    : await exchangeGrant(runtime, exchange);

  // The tokens were issued but never arrive: the caller cannot tell what happened.
  if (fault.action === 'drop-after-processing') {
    exchange.request.socket.destroy();
    recordExchange(runtime, exchange, 'lwa:token', 'dropped', answer.sellerId);
    return;
  }

  sendJson(exchange.response, answer.status, answer.body, { 'cache-control': 'no-store' });
  recordExchange(runtime, exchange, 'lwa:token', answer.status, answer.sellerId);
}

async function exchangeGrant(runtime: StandInRuntime, exchange: Exchange): Promise<TokenAnswer> {
  let params: Record<string, string>;

  try {
    params = parseFormOrJson(
      exchange.request.headers['content-type'],
      await readBody(exchange.request),
    );
  } catch {
    return lwaError(400, 'invalid_request', 'The request body could not be parsed.');
  }

  const missing = ['grant_type', 'client_id', 'client_secret'].filter((name) => !params[name]);

  if (missing.length > 0) {
    return lwaError(400, 'invalid_request', `Missing parameters: ${missing.join(', ')}`);
  }

  if (
    !isSameSecret(params.client_id, runtime.lwa.clientId) ||
    !isSameSecret(params.client_secret, runtime.lwa.clientSecret)
  ) {
    return lwaError(401, 'invalid_client', 'Client authentication failed');
  }

  if (params.grant_type === 'authorization_code') {
    return redeemCode(runtime, params);
  }

  if (params.grant_type === 'refresh_token') {
    return refreshAccess(runtime, params);
  }

  // TODO [2027-03-01]: grantless client_credentials tokens (Notifications API) are not issued yet.
  return lwaError(
    400,
    'unsupported_grant_type',
    `Grant type ${params.grant_type} is not supported.`,
  );
}

function redeemCode(runtime: StandInRuntime, params: Record<string, string>): TokenAnswer {
  if (!params.code) {
    return lwaError(400, 'invalid_request', 'Missing parameters: code');
  }

  const redemption = runtime.tokens.redeemAuthorizationCode(params.code, params.redirect_uri);

  if (redemption === 'invalid') {
    return lwaError(
      400,
      'invalid_grant',
      'The authorization code is invalid, expired or already used.',
    );
  }

  const { sellerId } = redemption;
  const refreshToken = runtime.tokens.mintRefreshToken(sellerId);

  return { status: 200, body: tokenBody(runtime, sellerId, refreshToken), sellerId };
}

function refreshAccess(runtime: StandInRuntime, params: Record<string, string>): TokenAnswer {
  if (!params.refresh_token) {
    return lwaError(400, 'invalid_request', 'Missing parameters: refresh_token');
  }

  const sellerId = runtime.tokens.sellerOfRefreshToken(params.refresh_token);

  if (!sellerId || !runtime.store.getSeller(sellerId)) {
    return lwaError(
      400,
      'invalid_grant',
      'The request has an invalid grant parameter : refresh_token',
    );
  }

  return { status: 200, body: tokenBody(runtime, sellerId), sellerId };
}

function tokenBody(runtime: StandInRuntime, sellerId: string, refreshToken?: string): object {
  return {
    access_token: runtime.tokens.issueAccessToken(sellerId),
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    token_type: 'bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
  };
}

function lwaError(status: number, error: string, description: string): TokenAnswer {
  return { status, body: { error, error_description: description } };
}

// Client secrets are compared in constant time so the stand-in behaves as a real check must.
function isSameSecret(given: string | undefined, expected: string): boolean {
  const left = Buffer.from(given ?? '');
  const right = Buffer.from(expected);

  return left.length === right.length && timingSafeEqual(left, right);
}
