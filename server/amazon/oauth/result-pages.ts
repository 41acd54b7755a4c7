import type { AmazonRegion } from '../../../shared/api/connections.ts';
import { type AuthorizationOutcome, OUTCOME_PAGES } from './authorization-outcomes.ts';

const REGION_NAMES: Record<AmazonRegion, string> = {
  na: 'North America',
  eu: 'Europe',
  fe: 'Far East',
};

export interface ResultPageFacts {
  region?: AmazonRegion;
  sellingPartnerId?: string;
}

/**
 * The page a browser lands on after an authorisation step. No scripts (our CSP allows none)
 * and every interpolated value escaped: the seller id arrives in a URL anyone can craft.
 */
export function renderResultPage(outcome: AuthorizationOutcome, facts: ResultPageFacts = {}) {
  const page = OUTCOME_PAGES[outcome];
  const account = describeAccount(facts);

  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(page.title)} · Kayistra</title>
    <style>
      body { font-family: system-ui, sans-serif; color: #1f2933; }
      body { max-width: 36rem; margin: 4rem auto; padding: 0 1rem; }
      h1 { font-size: 1.4rem; }
      .advice { font-weight: 600; }
    </style>
  </head>
  <body>
    <h1>${escapeHtml(page.title)}</h1>
    <p>${escapeHtml(page.message)}</p>
    ${account ? `<p>${escapeHtml(account)}</p>` : ''}
    <p class="advice">${escapeHtml(page.advice)}</p>
  </body>
</html>
`;
}

function describeAccount({ region, sellingPartnerId }: ResultPageFacts): string | undefined {
  if (!region && !sellingPartnerId) {
    return undefined;
  }

  const where = region ? `Amazon ${REGION_NAMES[region]}` : 'Amazon';

  return sellingPartnerId ? `${where}, seller account ${sellingPartnerId}.` : `${where}.`;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
