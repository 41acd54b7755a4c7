import type { LabelProblem } from '../../shared/api/shipping.ts';
import { fitAddressLines } from './address-lines.ts';
import { type IossFacts, isIossRequired } from './ioss-requirement.ts';
import type { OrderRecipient } from './order-recipient.ts';

// Shipentegra's limits (contract "Units and limits").
const NAME_LENGTH = { min: 2, max: 50 };
const CITY_LENGTH = { min: 2, max: 35 };

// Carriers into these countries route by state and refuse labels without one.
const STATE_REQUIRED_COUNTRIES = new Set(['US', 'CA']);

export interface RecipientCheckInput {
  recipient: OrderRecipient;
  goodsValue: IossFacts['goodsValue'];
  /** Amazon's IOSS number from the order items, when the marketplace collected the VAT. */
  amazonIossNumber: string | null;
  /** The seller's own IOSS number from the shipping settings. */
  sellerIossNumber: string | null;
}

export type RecipientCheckResult =
  | { problems: []; addressLines: string[]; iossNumber: string | null }
  | { problems: LabelProblem[]; addressLines: null; iossNumber: null };

/**
 * The checks that need the buyer's address, run once it is fetched and before anything is sent
 * to Shipentegra. On success it also returns what to send: the address lines fitted to 35
 * characters and the IOSS number to use (Amazon's before the seller's, as Amazon collected the
 * VAT when it gives one).
 */
export function checkRecipient(input: RecipientCheckInput): RecipientCheckResult {
  const { recipient } = input;
  const lines = fitAddressLines(recipient);
  const iossNumber = input.amazonIossNumber ?? input.sellerIossNumber;
  const problems = [
    ...lengthProblemsOf(recipient),
    ...(lines.isFitting ? [] : [lines.problem]),
    ...stateProblemsOf(recipient),
    ...iossProblemsOf(input, iossNumber),
  ];

  if (problems.length > 0 || !lines.isFitting) {
    return { problems, addressLines: null, iossNumber: null };
  }

  const isIossSent = isIossRequired(iossFactsOf(input));

  return { problems: [], addressLines: lines.lines, iossNumber: isIossSent ? iossNumber : null };
}

function lengthProblemsOf(recipient: OrderRecipient): LabelProblem[] {
  const problems: LabelProblem[] = [];
  const name = (recipient.name ?? '').trim();
  const city = (recipient.city ?? '').trim();

  if (!isLengthWithin(name, NAME_LENGTH)) {
    problems.push({
      field: 'recipient.name',
      code: 'RECIPIENT_NAME_LENGTH',
      message: `The recipient's name must be ${NAME_LENGTH.min} to ${NAME_LENGTH.max} characters.`,
    });
  }

  if (!isLengthWithin(city, CITY_LENGTH)) {
    problems.push({
      field: 'recipient.city',
      code: 'RECIPIENT_CITY_LENGTH',
      message: `The city must be ${CITY_LENGTH.min} to ${CITY_LENGTH.max} characters.`,
    });
  }

  if (!/^[A-Za-z]{2}$/.test(recipient.countryCode.trim())) {
    problems.push({
      field: 'recipient.countryCode',
      code: 'RECIPIENT_FIELD_MISSING',
      message: 'The address has no country.',
    });
  }

  return problems;
}

function stateProblemsOf(recipient: OrderRecipient): LabelProblem[] {
  const isRequired = STATE_REQUIRED_COUNTRIES.has(recipient.countryCode.trim().toUpperCase());

  if (!isRequired || (recipient.stateOrRegion ?? '').trim() !== '') {
    return [];
  }

  return [
    {
      field: 'recipient.stateOrRegion',
      code: 'STATE_REQUIRED',
      message: 'Addresses in the US and Canada need a state or province.',
    },
  ];
}

function iossProblemsOf(input: RecipientCheckInput, iossNumber: string | null): LabelProblem[] {
  if (iossNumber !== null || !isIossRequired(iossFactsOf(input))) {
    return [];
  }

  return [
    {
      field: 'settings.iossNumber',
      code: 'IOSS_REQUIRED',
      message: 'EU parcels worth up to €150 need an IOSS number: add yours in Options > Shipping.',
    },
  ];
}

function iossFactsOf(input: RecipientCheckInput): IossFacts {
  return {
    destinationCountryCode: input.recipient.countryCode,
    goodsValue: input.goodsValue,
  };
}

function isLengthWithin(text: string, { min, max }: { min: number; max: number }): boolean {
  const length = [...text.normalize('NFC')].length;

  return length >= min && length <= max;
}
