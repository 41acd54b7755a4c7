import type { AmazonRegion } from '../../../shared/api/connections.ts';
import type { AppDeps } from '../../app.ts';
import { recordAuditEvent } from '../../audit/audit-log.ts';
import type { Logger } from '../../logger.ts';
import { saveAmazonConnection } from '../connections.ts';
import { fetchMarketplaceIds, MarketplaceLookupError } from '../marketplace-participations.ts';
import {
  AmazonAuthorizationRevokedError,
  createSellingPartnerClient,
} from '../selling-partner-client.ts';
import type { AuthorizationOutcome } from './authorization-outcomes.ts';
import {
  exchangeAuthorizationCode,
  LwaExchangeError,
  type LwaExchangeFailure,
} from './lwa-code-exchange.ts';
import { consumeOAuthState, type OAuthStateOwner } from './oauth-states.ts';
import { SELLING_PARTNER_ID_PATTERN } from './seller-central.ts';

export type FinishAuthorizationDeps = Pick<
  AppDeps,
  'db' | 'masterKeys' | 'amazonApp' | 'remotes' | 'publicUrl' | 'now'
> & { logger: Logger; requestId: string };

/** What Amazon put on our redirect URI; all of it unverified. */
export interface CallbackQuery {
  state?: string;
  selling_partner_id?: string;
  spapi_oauth_code?: string;
  error?: string;
}

export interface AuthorizationResult {
  outcome: AuthorizationOutcome;
  region?: AmazonRegion;
  sellingPartnerId?: string;
}

/**
 * Our redirect URI: claim the state, redeem the code, learn the marketplaces, store the token
 * sealed. Nothing is stored unless every step succeeds. The code, state and tokens are never
 * logged or audited; the request log records the path without its query.
 */
export async function finishAuthorization(
  deps: FinishAuthorizationDeps,
  query: CallbackQuery,
): Promise<AuthorizationResult> {
  // Claimed before anything else, so a replayed or concurrent callback cannot redeem twice.
  const state = consumeOAuthState(deps.db, query.state ?? '', deps.now());

  if (state.outcome === 'unknown') {
    deps.logger.warn('amazon callback with an unknown state');

    return { outcome: 'state_unknown' };
  }

  if (state.outcome !== 'valid') {
    return recordFailure(deps, state, state.outcome === 'used' ? 'state_used' : 'state_expired');
  }

  const sellingPartnerId = query.selling_partner_id ?? '';

  // An OAuth error, or a redirect without a code, means the seller gave no consent.
  if (query.error || !query.spapi_oauth_code) {
    return recordFailure(deps, state, 'consent_denied');
  }

  if (!SELLING_PARTNER_ID_PATTERN.test(sellingPartnerId)) {
    return recordFailure(deps, state, 'incomplete_redirect');
  }

  const grant = await obtainGrant(deps, state.region, query.spapi_oauth_code);

  if ('failure' in grant) {
    return recordFailure(deps, state, grant.failure);
  }

  saveAmazonConnection(
    deps.db,
    deps.masterKeys,
    { ...grant, tenantId: state.tenantId, region: state.region, sellingPartnerId, now: deps.now() },
    { userId: state.userId, requestId: deps.requestId },
  );
  deps.logger.info(
    { region: state.region, marketplaces: grant.marketplaceIds.length },
    'amazon connected',
  );

  return { outcome: 'connected', region: state.region, sellingPartnerId };
}

type Grant = { refreshToken: string; marketplaceIds: string[] } | { failure: AuthorizationOutcome };

async function obtainGrant(
  deps: FinishAuthorizationDeps,
  region: AmazonRegion,
  code: string,
): Promise<Grant> {
  try {
    const refreshToken = await exchangeAuthorizationCode({
      agent: deps.remotes.amazon,
      amazonApp: deps.amazonApp,
      code,
      redirectUri: `${deps.publicUrl}/api/amazon/callback`,
    });
    const client = createSellingPartnerClient({
      region,
      refreshToken,
      amazonApp: deps.amazonApp,
      agent: deps.remotes.amazon,
    });

    return { refreshToken, marketplaceIds: await fetchMarketplaceIds(client) };
  } catch (error) {
    return { failure: outcomeOf(error, deps.logger) };
  }
}

const LWA_OUTCOMES: Record<LwaExchangeFailure, AuthorizationOutcome> = {
  invalid_grant: 'code_rejected',
  rejected: 'code_rejected',
  invalid_client: 'app_credentials_rejected',
  unavailable: 'amazon_unavailable',
};

function outcomeOf(error: unknown, logger: Logger): AuthorizationOutcome {
  if (error instanceof LwaExchangeError) {
    return LWA_OUTCOMES[error.failure];
  }

  if (error instanceof AmazonAuthorizationRevokedError) {
    return error.lwaError === 'invalid_client' ? 'app_credentials_rejected' : 'amazon_unavailable';
  }

  // A timeout or dropped connection inside the SP-API client. Only the name and code are
  // logged: a remote library's message may quote what was sent.
  if (!(error instanceof MarketplaceLookupError)) {
    const { name, code } = error as { name?: string; code?: unknown };
    logger.warn({ errorName: name, errorCode: String(code ?? '') }, 'amazon call failed');
  }

  return 'amazon_unavailable';
}

function recordFailure(
  deps: FinishAuthorizationDeps,
  owner: OAuthStateOwner,
  reason: AuthorizationOutcome,
): AuthorizationResult {
  recordAuditEvent(deps.db, {
    tenantId: owner.tenantId,
    userId: owner.userId,
    type: 'amazon.authorization_failed',
    details: { region: owner.region, reason },
    requestId: deps.requestId,
    now: deps.now(),
  });
  deps.logger.warn({ region: owner.region, reason }, 'amazon authorization failed');

  return { outcome: reason, region: owner.region };
}
