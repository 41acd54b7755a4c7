/**
 * How long we keep what, as our privacy policy and Amazon's Data Protection Policy promise
 * (../shared/reference/data-protection.md): the stricter of the two wins.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Buyer PII (recipient, contact, label file): 30 days after delivery. */
export const PII_AFTER_DELIVERY_MS = 30 * DAY_MS;
/** A cancelled order never ships, so its PII has no use left after a day. */
export const PII_AFTER_CANCELLATION_MS = DAY_MS;
/**
 * With neither a confirmed delivery nor Amazon's latest delivery date, the clock starts at
 * purchase plus this: long enough for an international parcel, so PII is never kept unbounded.
 */
export const ASSUMED_DELIVERY_AFTER_PURCHASE_MS = 30 * DAY_MS;
/** Order metadata and items: 5 calendar years after purchase. */
export const ORDER_RETENTION_YEARS = 5;
/** Audit events: 13 months, past the DPP's 12-month minimum for security logs. */
export const AUDIT_RETENTION_MONTHS = 13;

/** Orders bought before this are past their 5 years. */
export function orderCutoff(asOf: Date): Date {
  const cutoff = new Date(asOf);

  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - ORDER_RETENTION_YEARS);

  return cutoff;
}

/** Audit events recorded before this are past their 13 months. */
export function auditCutoff(asOf: Date): Date {
  const cutoff = new Date(asOf);

  cutoff.setUTCMonth(cutoff.getUTCMonth() - AUDIT_RETENTION_MONTHS);

  return cutoff;
}
