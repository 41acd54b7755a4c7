import type { ServerResponse } from 'node:http';
import { sendHtml } from './http-exchange.ts';
import type { StandInSeller } from './store/world.ts';

/**
 * The HTML of the stand-in's Seller Central pages. Plain forms, no scripts: end-to-end tests
 * click them with Playwright and people use them in sandbox mode.
 */

export interface ConsentPageInput {
  appId: string;
  state: string;
  version?: string;
  sellers: readonly StandInSeller[];
}

export function renderConsentPage(input: ConsentPageInput): string {
  const choices = input.sellers
    .map(
      (seller, index) => `
      <label class="seller">
        <input type="radio" name="selling_partner_id" value="${escapeHtml(seller.sellingPartnerId)}"${index === 0 ? ' checked' : ''}>
        <strong>${escapeHtml(seller.storeName)}</strong>
        <span>${escapeHtml(seller.sellingPartnerId)} · ${seller.region.toUpperCase()}</span>
      </label>`,
    )
    .join('');

  return page(
    'Authorize application',
    `<h1>Authorize Kayistra?</h1>
    <p>Application <code>${escapeHtml(input.appId)}</code> asks to access your selling account.</p>
    <form method="post" action="/apps/authorize/consent">
      <input type="hidden" name="application_id" value="${escapeHtml(input.appId)}">
      <input type="hidden" name="state" value="${escapeHtml(input.state)}">
      ${input.version ? `<input type="hidden" name="version" value="${escapeHtml(input.version)}">` : ''}
      <fieldset><legend>Sign in as</legend>${choices}</fieldset>
      <button type="submit" id="confirm">Confirm</button>
      <a href="/apps/authorize/cancelled" id="cancel">Cancel</a>
    </form>`,
  );
}

/** The error page Seller Central shows instead of redirecting. */
export function refuseAuthorization(response: ServerResponse, reason: string): void {
  sendHtml(response, 400, renderMessagePage('We could not authorize this application', reason));
}

export function renderMessagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(title)} · Seller Central (Kayistra stand-in)</title>
    <style>
      body { font-family: sans-serif; max-width: 40rem; margin: 3rem auto; }
      .seller { display: block; margin: 0.5rem 0; }
      .seller span { color: #555; margin-left: 0.5rem; }
    </style>
  </head>
  <body>
    <p><em>Sandbox stand-in for Amazon Seller Central. No real account is involved.</em></p>
    ${body}
  </body>
</html>`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
