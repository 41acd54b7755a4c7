/**
 * `JSON.parse` turns an integer past 2^53 into the nearest double: `9400123456789012345678`
 * comes back with different trailing digits. Shipentegra sends some tracking numbers as JSON
 * numbers, and a wrong digit sends Amazon a tracking number that belongs to nobody. This parse
 * keeps such integers as their exact text; every other value parses as `JSON.parse` would.
 */
export function parseJsonKeepingLargeIntegers(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}

// Sticky, so each number is read in place instead of from a copy of the rest of the body.
const NUMBER_TOKEN = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function quoteUnsafeIntegers(text: string): string {
  let output = '';
  let index = 0;

  while (index < text.length) {
    const character = text[index] ?? '';

    if (character === '"') {
      const end = endOfString(text, index);
      output += text.slice(index, end);
      index = end;
    } else if (character === '-' || (character >= '0' && character <= '9')) {
      NUMBER_TOKEN.lastIndex = index;
      const token = NUMBER_TOKEN.exec(text)?.[0] ?? character;
      output += isUnsafeInteger(token) ? `"${token}"` : token;
      index += token.length;
    } else {
      output += character;
      index += 1;
    }
  }

  return output;
}

/** Index just past the closing quote of the string starting at `start`. */
function endOfString(text: string, start: number): number {
  let index = start + 1;

  while (index < text.length && text[index] !== '"') {
    index += text[index] === '\\' ? 2 : 1;
  }

  return index + 1;
}

function isUnsafeInteger(token: string): boolean {
  return /^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token));
}
