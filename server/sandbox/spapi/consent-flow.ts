import { refuseAuthorization, renderConsentPage, renderMessagePage } from './consent-pages.ts';
import { parseFormOrJson, readBody, redirect, sendHtml, withQuery } from './http-exchange.ts';
import { finishLogin, startLogin } from './login-uri-flow.ts';
import { regionOfHost } from './stand-in-host-names.ts';
import { type Exchange, recordExchange, type StandInRuntime } from './stand-in-runtime.ts';

/**
 * Seller Central's side of the website authorisation workflow: the consent page and its
 * Confirm redirect with a one-time code; the log-in URI round trip lives beside it.
 */
export async function handleAuthorizePages(
  runtime: StandInRuntime,
  exchange: Exchange,
): Promise<void> {
  const { request, response, url } = exchange;
  const path = url.pathname;

  if (path === '/apps/authorize/consent' && request.method === 'POST') {
    await confirmConsent(runtime, exchange);
  } else if (path === '/apps/authorize/consent') {
    showConsent(runtime, exchange);
  } else if (path === '/apps/authorize/login') {
    startLogin(runtime, exchange);
  } else if (path === `/apps/authorize/confirm/${encodeURIComponent(runtime.appId)}`) {
    finishLogin(runtime, exchange);
  } else if (path === '/apps/authorize/cancelled') {
    sendHtml(response, 200, renderMessagePage('Authorization cancelled', 'Nothing was shared.'));
  } else {
    sendHtml(response, 404, renderMessagePage('Page not found', path));
  }

  const page = path.split('/')[3] ?? 'authorize';
  recordExchange(runtime, exchange, `stand-in:${page}`, response.statusCode);
}

function showConsent(runtime: StandInRuntime, { url, request, response }: Exchange): void {
  const query = url.searchParams;
  const problem = checkApplication(runtime, query.get('application_id'), query.get('state'));
  const redirectUri = query.get('redirect_uri');

  if (problem || (redirectUri && redirectUri !== runtime.redirectUri)) {
    refuseAuthorization(response, problem ?? 'The redirect_uri is not registered for this app.');
    return;
  }

  // The Seller Central host (or ?region=) decides which sellers may sign in here.
  const region = query.get('region') ?? regionOfHost(request.headers.host);
  const sellers = runtime.store.sellers().filter((seller) => !region || seller.region === region);
  const state = query.get('state') ?? '';
  const version = query.get('version') ?? undefined;

  sendHtml(response, 200, renderConsentPage({ appId: runtime.appId, state, version, sellers }));
}

async function confirmConsent(runtime: StandInRuntime, exchange: Exchange): Promise<void> {
  const contentType = exchange.request.headers['content-type'];
  const form = parseFormOrJson(contentType, await readBody(exchange.request));
  const problem = checkApplication(runtime, form.application_id, form.state);
  const seller = runtime.store.getSeller(form.selling_partner_id ?? '');

  if (problem || !seller) {
    refuseAuthorization(exchange.response, problem ?? 'Choose a seller account.');
    return;
  }

  const sellerId = seller.sellingPartnerId;
  const code = runtime.tokens.issueAuthorizationCode(sellerId, runtime.redirectUri);
  const callback = withQuery(runtime.redirectUri, {
    state: form.state ?? '',
    selling_partner_id: sellerId,
    spapi_oauth_code: code,
  });

  redirect(exchange.response, callback);
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
