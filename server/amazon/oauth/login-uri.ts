import type { AuthorizationOutcome } from './authorization-outcomes.ts';
import { isAmazonCallbackUri, SELLING_PARTNER_ID_PATTERN } from './seller-central.ts';

/** What Amazon puts on our log-in URI (renewals, Appstore installs); all of it unverified. */
export interface LoginQuery {
  amazon_callback_uri?: string;
  amazon_state?: string;
  selling_partner_id?: string;
}

/**
 * The log-in URI never authorises by itself. The visit carries no bearer token, and nothing
 * in it proves which Kayistra tenant the browser belongs to: the seller id is public, and
 * binding a tenant by it would let anyone start a renewal into someone else's tenant. So a
 * well-formed visit gets a page sending the seller to the extension, whose Connect button
 * runs the consent flow with a state bound to the signed-in user (which also renews).
 * A malformed one, or one whose callback is not Amazon's, gets a refusal and no link.
 */
export function checkLoginRequest(query: LoginQuery, consentOrigin?: string): AuthorizationOutcome {
  const isComplete =
    Boolean(query.amazon_state) && SELLING_PARTNER_ID_PATTERN.test(query.selling_partner_id ?? '');

  if (!isComplete || !isAmazonCallbackUri(query.amazon_callback_uri ?? '', consentOrigin)) {
    return 'login_request_invalid';
  }

  return 'login_not_bound';
}
