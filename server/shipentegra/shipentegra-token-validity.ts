// Turkey has kept UTC+3 all year since 2016; Shipentegra prints local time with no offset.
const ISTANBUL_OFFSET_MS = 3 * 60 * 60 * 1000;

// A token is treated as expired this long before Shipentegra would say so, so a request sent
// just before the end does not arrive just after it.
const SAFETY_MARGIN_MS = 60 * 1000;

// When the lifetime cannot be read, assume a short one: a needless new token costs one call.
const UNREADABLE_LIFETIME_MS = 10 * 60 * 1000;

// A misread lifetime must not keep a token for days.
const LONGEST_LIFETIME_MS = 24 * 60 * 60 * 1000;

const SECONDS_SINCE_EPOCH_FROM = 1_000_000_000;

/**
 * When to stop using a token issued at `issuedAt`. The contract does not know the format of
 * `accessTokenValidity`: seconds, `HH:MM:SS`, and an expiry date have all been reported, so
 * each is read, and anything else falls back to a short lifetime.
 */
export function expiryOfShipentegraToken(validity: number | string, issuedAt: Date): Date {
  const expiresAt = readExpiry(validity, issuedAt.getTime());
  const lifetime = Math.min(expiresAt - issuedAt.getTime(), LONGEST_LIFETIME_MS);

  return new Date(issuedAt.getTime() + Math.max(0, lifetime - SAFETY_MARGIN_MS));
}

function readExpiry(validity: number | string, issuedAtMs: number): number {
  const text = String(validity).trim();

  if (/^\d+(\.\d+)?$/.test(text)) {
    const seconds = Number(text);

    return seconds >= SECONDS_SINCE_EPOCH_FROM ? seconds * 1000 : issuedAtMs + seconds * 1000;
  }

  const duration = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(text);

  if (duration) {
    const [, hours, minutes, seconds] = duration.map(Number);

    return issuedAtMs + (((hours ?? 0) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000;
  }

  // A date without an offset is Istanbul's wall clock; one with an offset says so itself.
  const isLocalDate = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$/.test(text);
  const parsed = isLocalDate
    ? Date.parse(`${text.replace(' ', 'T')}Z`) - ISTANBUL_OFFSET_MS
    : Date.parse(text);

  return Number.isNaN(parsed) ? issuedAtMs + UNREADABLE_LIFETIME_MS : parsed;
}
