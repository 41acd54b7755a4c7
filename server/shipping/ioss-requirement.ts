import { isEuCountry } from './eu-countries.ts';
import { compareDecimals, sumDecimals } from './exact-decimal.ts';

/** The EU's IOSS ceiling: consignments of goods whose intrinsic value is at most €150. */
const IOSS_CEILING_EUR = '150.00';

export interface IossFacts {
  destinationCountryCode: string;
  /** What the goods cost without shipping, as an exact decimal; null when Amazon gave none. */
  goodsValue: { amount: string; currencyCode: string } | null;
}

/**
 * Whether the carrier must be given an IOSS number for this parcel. Since July 2021 goods
 * imported into the EU in consignments worth at most €150 owe VAT at sale, not at the border;
 * with an IOSS number the carrier releases them with nothing to pay, without one the buyer is
 * asked for VAT on the doorstep (often refusing the parcel). On Amazon the marketplace
 * collects that VAT and gives its IOSS number per order item; otherwise it is the seller's.
 * Above €150 import VAT is paid at customs and IOSS does not apply. A value in another
 * currency (SEK, PLN) cannot be compared without an exchange rate, so it counts as needing
 * IOSS: sending a number the carrier does not use costs nothing, missing one costs a sale.
 */
export function isIossRequired({ destinationCountryCode, goodsValue }: IossFacts): boolean {
  if (!isEuCountry(destinationCountryCode)) {
    return false;
  }

  if (goodsValue === null || goodsValue.currencyCode.toUpperCase() !== 'EUR') {
    return true;
  }

  return compareDecimals(goodsValue.amount, IOSS_CEILING_EUR) <= 0;
}

/**
 * The goods' value for the €150 test: the item subtotals added up exactly, without shipping
 * (the IOSS ceiling is on the goods' intrinsic value). Null when a line has no price or the
 * lines disagree on currency, which the check treats as needing IOSS.
 */
export function goodsValueOf(
  items: readonly { subtotalAmount: string | null; currencyCode: string | null }[],
): IossFacts['goodsValue'] {
  const currencies = new Set(items.map((item) => item.currencyCode));
  const [currencyCode] = [...currencies];
  const amounts = items.flatMap((item) =>
    item.subtotalAmount === null ? [] : [item.subtotalAmount],
  );

  if (
    items.length === 0 ||
    currencies.size !== 1 ||
    !currencyCode ||
    amounts.length < items.length
  ) {
    return null;
  }

  return { amount: sumDecimals(amounts), currencyCode };
}
