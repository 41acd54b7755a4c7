import type { FulfilledBy, StandInOrderItem } from '../store/world.ts';
import type { Marketplace } from './marketplaces.ts';

/** A made-up number in IOSS form (IM, 442 for Luxembourg, seven digits) standing for Amazon's. */
export const DEMO_AMAZON_IOSS_NUMBER = 'IM4420000042';

// The demo marketplaces inside the EU; GB and TR are outside the IOSS scheme.
const EU_COUNTRIES = new Set(['DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL']);
const IOSS_CEILING_EUR = 150;
const EUR_PER_USD = 0.92;

/**
 * Amazon collects the EU import VAT itself on merchant orders shipped from outside the EU (the
 * demo sellers ship from Turkey) whose goods are worth at most €150, and then names its own IOSS
 * number on every line. FBA goods already sit in the EU, so they never carry one.
 */
export function withAmazonIoss(
  items: StandInOrderItem[],
  marketplace: Marketplace | undefined,
  fulfilledBy: FulfilledBy,
): StandInOrderItem[] {
  if (fulfilledBy !== 'MERCHANT' || !marketplace || !EU_COUNTRIES.has(marketplace.countryCode)) {
    return items;
  }

  const localValue = items.reduce((sum, item) => sum + item.unitPrice * item.quantityOrdered, 0);
  const eurValue = (localValue / marketplace.perUsd) * EUR_PER_USD;

  if (eurValue > IOSS_CEILING_EUR) {
    return items;
  }

  return items.map((item) => ({ ...item, iossNumber: DEMO_AMAZON_IOSS_NUMBER }));
}
