import { randomBytes } from 'node:crypto';
import { renderConsentPage, renderMessagePage } from './consent-pages.ts';
import { parseFormOrJson, readBody, redirect, sendHtml } from './http-exchange.ts';
import { regionOfHost } from './stand-in-host-names.ts';
import { type Exchange, recordExchange, type StandInRuntime } from './stand-in-runtime.ts';

const LOGIN_STATE_MS = 10 * 60 * 1000;

/**
 * Seller Central's side of the website authorisation workflow: the consent page, its Confirm
 * redirect with a one-time code, and the log-in URI round trip used by renewals and installs.
 */
export async function handleAuthorizePages(
  runtime: StandInRuntime,
  exchange: Exchange,
): Promise<void> {
  const { request, url } = exchange;
  const path = url.pathname;
  const confirmPath = `/apps/authorize/confirm/${encodeURIComponent(runtime.appId)}`;

  if (path === '/apps/authorize/consent' && request.method === 'POST') {
    await confirmConsent(runtime, exchange);
  } else if (path === '/apps/authorize/consent') {
    showConsent(runtime, exchange);
  } else if (path === '/apps/authorize/login') {
    startLogin(runtime, exchange, confirmPath);
  } else if (path === confirmPath) {
    finishLogin(runtime, exchange);
  } else if (path === '/apps/authorize/cancelled') {
    sendHtml(
      exchange.response,
      200,
      renderMessagePage('Authorization cancelled', 'Nothing was shared.'),
    );
  } else {
    sendHtml(exchange.response, 404, renderMessagePage('Page not found', path));
  }

  recordExchange(
    runtime,
    exchange,
    `stand-in:${path.split('/')[3] ?? 'authorize'}`,
    exchange.response.statusCode,
  );
}

function showConsent(runtime: StandInRuntime, { url, request, response }: Exchange): void {
  const query = url.searchParams;
  const problem = checkApplication(runtime, query.get('application_id'), query.get('state'));
  const redirectUri = query.get('redirect_uri');

  if (problem || (redirectUri && redirectUri !== runtime.redirectUri)) {
    sendHtml(
      response,
      400,
      renderMessagePage(
        'We could not authorize this application',
        problem ?? 'The redirect_uri is not registered for this application.',
      ),
    );
    return;
  }

  // The Seller Central host (or ?region=) decides which sellers may sign in here.
  const region = query.get('region') ?? regionOfHost(request.headers.host);
  const sellers = runtime.store.sellers().filter((seller) => !region || seller.region === region);
  const version = query.get('version') ?? undefined;

  sendHtml(
    response,
    200,
    renderConsentPage({ appId: runtime.appId, state: query.get('state') ?? '', version, sellers }),
  );
}

async function confirmConsent(runtime: StandInRuntime, exchange: Exchange): Promise<void> {
  const form = parseFormOrJson(
    exchange.request.headers['content-type'],
    await readBody(exchange.request),
  );
  const problem = checkApplication(runtime, form.application_id, form.state);
  const seller = runtime.store.getSeller(form.selling_partner_id ?? '');

  if (problem || !seller) {
    sendHtml(
      exchange.response,
      400,
      renderMessagePage(
        'We could not authorize this application',
        problem ?? 'Choose a seller account.',
      ),
    );
    return;
  }

  const code = runtime.tokens.issueAuthorizationCode(seller.sellingPartnerId, runtime.redirectUri);
  redirect(
    exchange.response,
    withQuery(runtime.redirectUri, {
      state: form.state ?? '',
      selling_partner_id: seller.sellingPartnerId,
      spapi_oauth_code: code,
    }),
  );
}

function startLogin(
  runtime: StandInRuntime,
  { url, request, response }: Exchange,
  confirmPath: string,
): void {
  const seller = runtime.store.getSeller(url.searchParams.get('selling_partner_id') ?? '');

  if (!runtime.loginUri || !seller) {
    sendHtml(
      response,
      400,
      renderMessagePage(
        'Cannot start the log-in',
        runtime.loginUri ? 'Unknown selling_partner_id.' : 'The application has no log-in URI.',
      ),
    );
    return;
  }

  const amazonState = randomBytes(16).toString('base64url');
  const host = request.headers.host ?? 'sellercentral.amazon.com';
  const version = url.searchParams.get('version');

  runtime.loginStates.set(amazonState, {
    sellerId: seller.sellingPartnerId,
    expiresAt: runtime.clock.amazonMs() + LOGIN_STATE_MS,
  });
  redirect(
    response,
    withQuery(runtime.loginUri, {
      amazon_callback_uri: `https://${host}${confirmPath}`,
      amazon_state: amazonState,
      selling_partner_id: seller.sellingPartnerId,
      ...(version ? { version } : {}),
    }),
  );
}

function finishLogin(runtime: StandInRuntime, { url, response }: Exchange): void {
  const query = url.searchParams;
  const amazonState = query.get('amazon_state') ?? '';
  const pending = runtime.loginStates.get(amazonState);
  const redirectUri = query.get('redirect_uri');

  runtime.loginStates.delete(amazonState);

  if (
    !pending ||
    pending.expiresAt <= runtime.clock.amazonMs() ||
    redirectUri !== runtime.redirectUri
  ) {
    sendHtml(
      response,
      400,
      renderMessagePage(
        'We could not authorize this application',
        'The amazon_state or redirect_uri is not valid.',
      ),
    );
    return;
  }

  const code = runtime.tokens.issueAuthorizationCode(pending.sellerId, runtime.redirectUri);
  redirect(
    response,
    withQuery(runtime.redirectUri, {
      state: query.get('state') ?? '',
      selling_partner_id: pending.sellerId,
      spapi_oauth_code: code,
    }),
  );
}

function checkApplication(
  runtime: StandInRuntime,
  appId: string | null | undefined,
  state: string | null | undefined,
): string | undefined {
  if (appId !== runtime.appId) {
    return `The application ${appId ?? '(none)'} is not known.`;
  }

  return state ? undefined : 'The request has no state parameter.';
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);

  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, value);
  }

  return url.toString();
}
