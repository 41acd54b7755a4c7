import { ADDRESS_LINE_MAX, type LabelProblem } from '../../shared/api/shipping.ts';

/** Amazon's address lines as given, by the field a seller sees them in. */
export interface AddressLinesInput {
  address1: string | null | undefined;
  address2: string | null | undefined;
  address3: string | null | undefined;
}

export type AddressLinesResult =
  | { isFitting: true; lines: string[] }
  | { isFitting: false; problem: LabelProblem };

const FIELDS = ['address1', 'address2', 'address3'] as const;

interface Word {
  text: string;
  field: (typeof FIELDS)[number];
}

/**
 * Lines that each fit Shipentegra's 35 characters. Lines that already fit are kept as the buyer
 * wrote them; otherwise the words are rewrapped at spaces across address1 and address2 (and
 * address3 when Amazon gave one, so we never invent a line the buyer did not use). A word longer
 * than a line, or more words than the lines hold, is refused with the field to correct: cutting
 * a word or dropping the end of an address sends the parcel astray.
 */
export function fitAddressLines(input: AddressLinesInput): AddressLinesResult {
  const given = FIELDS.map((field) => ({ field, text: squeeze(input[field]) })).filter(
    (line) => line.text !== '',
  );
  const lineLimit = squeeze(input.address3) === '' ? 2 : 3;

  if (given.length === 0) {
    return refuse('address1', 'RECIPIENT_FIELD_MISSING', 'The address has no street line.');
  }

  if (given.length <= lineLimit && given.every((line) => lengthOf(line.text) <= ADDRESS_LINE_MAX)) {
    return { isFitting: true, lines: given.map((line) => line.text) };
  }

  const words = given.flatMap((line) =>
    line.text.split(' ').map((text) => ({ text, field: line.field })),
  );
  const tooLong = words.find((word) => lengthOf(word.text) > ADDRESS_LINE_MAX);

  if (tooLong) {
    return refuse(
      tooLong.field,
      'ADDRESS_WORD_TOO_LONG',
      `A word in this line is longer than ${ADDRESS_LINE_MAX} characters; add spaces or shorten it.`,
    );
  }

  return wrap(words, lineLimit);
}

/** Greedy wrapping: each line takes as many words as fit, which uses the fewest lines. */
function wrap(words: readonly Word[], lineLimit: number): AddressLinesResult {
  const lines: string[] = [];
  let current = '';

  for (const word of words) {
    const candidate = current === '' ? word.text : `${current} ${word.text}`;

    if (lengthOf(candidate) <= ADDRESS_LINE_MAX) {
      current = candidate;
      continue;
    }

    lines.push(current);
    current = word.text;

    if (lines.length === lineLimit) {
      return refuse(
        word.field,
        'ADDRESS_TOO_LONG',
        `The address does not fit ${lineLimit} lines of ${ADDRESS_LINE_MAX} characters; shorten it.`,
      );
    }
  }

  return { isFitting: true, lines: [...lines, current] };
}

function refuse(
  field: Word['field'],
  code: LabelProblem['code'],
  message: string,
): AddressLinesResult {
  return { isFitting: false, problem: { field: `recipient.${field}`, code, message } };
}

/**
 * Trims and collapses runs of whitespace (tabs and line breaks included) to one space, and
 * composes accents (NFC) so a dotted İ typed as I plus a combining dot counts as one character.
 */
function squeeze(line: string | null | undefined): string {
  return (line ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Characters as a person counts them: code points, so an accented letter counts once. */
function lengthOf(text: string): number {
  return [...text].length;
}
