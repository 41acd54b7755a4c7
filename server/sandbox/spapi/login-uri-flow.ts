import { randomBytes } from 'node:crypto';
import { refuseAuthorization } from './consent-pages.ts';
import { redirect, withQuery } from './http-exchange.ts';
import type { Exchange, StandInRuntime } from './stand-in-runtime.ts';

const LOGIN_STATE_MS = 10 * 60 * 1000;

/**
 * Renewals and Appstore installs: Amazon sends the seller to our log-in URI with an
 * `amazon_callback_uri` and an `amazon_state`; we send them back there with our own state,
 * and Amazon then redirects to our redirect URI with a code, as after the consent page.
 */
export function startLogin(runtime: StandInRuntime, { url, request, response }: Exchange): void {
  const seller = runtime.store.getSeller(url.searchParams.get('selling_partner_id') ?? '');

  if (!runtime.loginUri || !seller) {
    refuseAuthorization(
      response,
      runtime.loginUri ? 'Unknown seller.' : 'The app has no log-in URI.',
    );
    return;
  }

  const amazonState = randomBytes(16).toString('base64url');
  const host = request.headers.host ?? 'sellercentral.amazon.com';
  const version = url.searchParams.get('version');
  const expiresAt = runtime.clock.amazonMs() + LOGIN_STATE_MS;

  runtime.loginStates.set(amazonState, { sellerId: seller.sellingPartnerId, expiresAt });

  const login = withQuery(runtime.loginUri, {
    amazon_callback_uri: `https://${host}/apps/authorize/confirm/${encodeURIComponent(runtime.appId)}`,
    amazon_state: amazonState,
    selling_partner_id: seller.sellingPartnerId,
    ...(version ? { version } : {}),
  });

  redirect(response, login);
}

/** `amazon_callback_uri`: single-use `amazon_state`, registered `redirect_uri`, then a code. */
export function finishLogin(runtime: StandInRuntime, { url, response }: Exchange): void {
  const query = url.searchParams;
  const amazonState = query.get('amazon_state') ?? '';
  const pending = runtime.loginStates.get(amazonState);
  const isLive = pending !== undefined && pending.expiresAt > runtime.clock.amazonMs();

  runtime.loginStates.delete(amazonState);

  if (!pending || !isLive || query.get('redirect_uri') !== runtime.redirectUri) {
    refuseAuthorization(response, 'The amazon_state or redirect_uri is not valid.');
    return;
  }

  const code = runtime.tokens.issueAuthorizationCode(pending.sellerId, runtime.redirectUri);
  const callback = withQuery(runtime.redirectUri, {
    state: query.get('state') ?? '',
    selling_partner_id: pending.sellerId,
    spapi_oauth_code: code,
  });

  redirect(response, callback);
}
