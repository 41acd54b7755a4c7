import type { LabelProblem } from '../../shared/api/shipping.ts';
import { fitAddressLines } from './address-lines.ts';
import { isEuCountry } from './eu-countries.ts';
import { type IossFacts, isIossRequired } from './ioss-requirement.ts';
import type { OrderRecipient } from './order-recipient.ts';

// Shipentegra's limits (contract "Units and limits").
const NAME_LENGTH = { min: 2, max: 50 };
const CITY_LENGTH = { min: 2, max: 35 };

// Carriers into these countries route by state and refuse labels without one.
const STATE_REQUIRED_COUNTRIES = new Set(['US', 'CA']);

const IOSS_MISSING: LabelProblem = {
  field: 'settings.iossNumber',
  code: 'IOSS_REQUIRED',
  message: 'EU parcels worth up to €150 need an IOSS number: add yours in Options > Shipping.',
};

export interface RecipientCheckInput {
  recipient: OrderRecipient;
  /** Our own sum of the goods, for the €150 test when Amazon gave no IOSS number. */
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
 * characters and the IOSS number to declare, if any.
 */
export function checkRecipient(input: RecipientCheckInput): RecipientCheckResult {
  const { recipient } = input;
  const lines = fitAddressLines(recipient);
  const ioss = chooseIossNumber(input);
  const problems = [
    ...lengthProblemsOf(recipient),
    ...(lines.isFitting ? [] : [lines.problem]),
    ...stateProblemsOf(recipient),
    ...ioss.problems,
  ];

  if (problems.length > 0 || !lines.isFitting) {
    return { problems, addressLines: null, iossNumber: null };
  }

  return { problems: [], addressLines: lines.lines, iossNumber: ioss.iossNumber };
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

/**
 * The IOSS number for the parcel. Amazon giving its number into the EU means it collected the
 * VAT as marketplace facilitator, having judged the €150 ceiling itself: our own sum (prices
 * with VAT, in the marketplace's currency) must never overrule that and leave the buyer to pay
 * the VAT twice at the door. Without Amazon's, the seller's own number goes on EU parcels within
 * the ceiling, and a seller without one cannot ship them yet.
 */
function chooseIossNumber(input: RecipientCheckInput): {
  iossNumber: string | null;
  problems: LabelProblem[];
} {
  if (!isEuCountry(input.recipient.countryCode)) {
    return { iossNumber: null, problems: [] };
  }

  if (input.amazonIossNumber) {
    return { iossNumber: input.amazonIossNumber, problems: [] };
  }

  if (!isIossRequired(iossFactsOf(input))) {
    return { iossNumber: null, problems: [] };
  }

  if (input.sellerIossNumber) {
    return { iossNumber: input.sellerIossNumber, problems: [] };
  }

  return { iossNumber: null, problems: [IOSS_MISSING] };
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
