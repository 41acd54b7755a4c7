/**
 * How an Amazon authorisation attempt ended, as the seller's browser sees it. The callback and
 * the log-in URI are browser visits, not API calls, so each outcome is a small page saying
 * what happened and what to do, with a status that matches. The names double as the reason
 * codes of `amazon.authorization_failed` audit events.
 */
export type AuthorizationOutcome =
  | 'connected'
  | 'state_unknown'
  | 'state_expired'
  | 'state_used'
  | 'consent_denied'
  | 'incomplete_redirect'
  | 'code_rejected'
  | 'app_credentials_rejected'
  | 'amazon_unavailable'
  | 'login_not_bound'
  | 'login_request_invalid';

export interface OutcomePage {
  status: 200 | 400 | 403 | 409 | 410 | 500 | 502;
  title: string;
  message: string;
  advice: string;
}

const FROM_EXTENSION = 'from the Kayistra extension: Options > Amazon > Connect.';
const START_AGAIN = `Start again ${FROM_EXTENSION}`;

export const OUTCOME_PAGES: Record<AuthorizationOutcome, OutcomePage> = {
  connected: {
    status: 200,
    title: 'Amazon is connected',
    message: 'Kayistra can now work with this Seller Central account.',
    advice: 'You can close this tab.',
  },
  state_unknown: {
    status: 400,
    title: 'This authorisation link is not valid',
    message: 'Kayistra did not start this authorisation, so nothing was changed.',
    advice: START_AGAIN,
  },
  state_expired: {
    status: 410,
    title: 'This authorisation link has expired',
    message: 'An authorisation must be finished within 10 minutes. Nothing was changed.',
    advice: START_AGAIN,
  },
  state_used: {
    status: 409,
    title: 'This authorisation link was already used',
    message: 'Each link works once. If the extension shows Amazon as connected, you are done.',
    advice: `Otherwise: ${START_AGAIN}`,
  },
  consent_denied: {
    status: 403,
    title: 'Amazon was not connected',
    message: 'The authorisation was cancelled in Seller Central, so Kayistra received no access.',
    advice: `To connect, start again ${FROM_EXTENSION}`,
  },
  incomplete_redirect: {
    status: 400,
    title: "Amazon's answer was incomplete",
    message: 'Amazon sent you back without a valid seller account id. Nothing was changed.',
    advice: START_AGAIN,
  },
  code_rejected: {
    status: 400,
    title: 'Amazon did not accept this authorisation',
    message: "Amazon's one-time code had expired or was already used. Nothing was changed.",
    advice: START_AGAIN,
  },
  app_credentials_rejected: {
    status: 500,
    title: "Kayistra's Amazon app is misconfigured",
    message: "Amazon refused Kayistra's own app credentials. You cannot fix this yourself.",
    advice: 'Please tell the operator of this Kayistra server, then try again later.',
  },
  amazon_unavailable: {
    status: 502,
    title: 'Amazon did not answer',
    message: "Amazon's servers did not respond properly, so nothing was changed.",
    advice: `Wait a few minutes, then start again ${FROM_EXTENSION}`,
  },
  login_not_bound: {
    status: 200,
    title: 'Continue in the Kayistra extension',
    message:
      'Kayistra cannot tell from this page which Kayistra account you use, so it does not ' +
      'authorise from here.',
    advice:
      'Open the Kayistra extension, sign in, and choose Options > Amazon > Connect ' +
      '(or Reconnect) for this region.',
  },
  login_request_invalid: {
    status: 400,
    title: 'This sign-in link did not come from Amazon',
    message: 'It is missing details or points somewhere other than Seller Central.',
    advice: START_AGAIN,
  },
};
