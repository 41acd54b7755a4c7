import type { ShipentegraError } from './shipentegra-errors.ts';

export type ShipentegraRefusalReason =
  | 'ddp_not_allowed'
  | 'wrong_regional_service'
  | 'insufficient_balance'
  | 'duplicate_order_number'
  | 'label_already_created'
  | 'tracking_not_found'
  | 'invalid_credentials'
  | 'invalid_field'
  | 'other';

// Only ERR.28050.1008 and ERR.24010.2016 are codes seen in the wild; for every other refusal
// the code is unknown, so the human description (English or Turkish, per Accept-Language) is
// read too. Both are heuristics: `other` must stay a valid answer for whoever calls this.
const KNOWN_CODES: Readonly<Record<string, ShipentegraRefusalReason>> = {
  'ERR.28050.1008': 'ddp_not_allowed',
  'ERR.24010.2016': 'wrong_regional_service',
};

const DESCRIPTIONS: ReadonlyArray<{ reason: ShipentegraRefusalReason; pattern: RegExp }> = [
  { reason: 'ddp_not_allowed', pattern: /\bDDP\b/ },
  { reason: 'wrong_regional_service', pattern: /regional|b[oö]lgesel/i },
  { reason: 'insufficient_balance', pattern: /balance|bakiye/i },
  { reason: 'label_already_created', pattern: /label has already|zaten etiket/i },
  {
    reason: 'duplicate_order_number',
    pattern: /already (?:been )?used|duplicate|daha [oö]nce kullan|zaten mevcut/i,
  },
  { reason: 'tracking_not_found', pattern: /no shipment|g[oö]nderi bulunamad/i },
  { reason: 'invalid_credentials', pattern: /client (?:id|secret)|credential/i },
  {
    reason: 'invalid_field',
    pattern:
      /required|at (?:most|least)|not valid|invalid|zorunlu|en (?:fazla|az)|ge[cç]erli de[gğ]il/i,
  },
];

/** What a business refusal means for the seller and for the label state machine. */
export function classifyShipentegraRefusal(error: ShipentegraError): ShipentegraRefusalReason {
  for (const item of error.items) {
    const known = KNOWN_CODES[item.message];

    if (known) {
      return known;
    }
  }

  const descriptions = error.items.map((item) => item.description ?? '').join(' ');

  return DESCRIPTIONS.find((entry) => entry.pattern.test(descriptions))?.reason ?? 'other';
}
