import type { AmazonRegion } from '../../../shared/api/connections.ts';
import type { AppDeps } from '../../app.ts';
import { createOAuthState } from './oauth-states.ts';
import { buildConsentUrl } from './seller-central.ts';

export type StartAuthorizationDeps = Pick<
  AppDeps,
  'config' | 'db' | 'amazonApp' | 'consentOrigin' | 'now'
>;

/**
 * The consent URL for a signed-in user, with a fresh state bound to them, their tenant and
 * the region. The tenant and user come from the session, never from the request.
 */
export function startAuthorization(
  deps: StartAuthorizationDeps,
  owner: { tenantId: string; userId: string; region: AmazonRegion },
): string {
  const state = createOAuthState(deps.db, { ...owner, now: deps.now() });

  return buildConsentUrl({
    region: owner.region,
    appId: deps.amazonApp.appId,
    state,
    consentOrigin: deps.consentOrigin,
    isDraft: deps.config.mode === 'sandbox',
  });
}
