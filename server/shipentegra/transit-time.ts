export interface TransitDays {
  min: number;
  max: number;
}

// Anything past this is a price, a weight or a year caught by accident, not a delivery estimate.
const MAX_PLAUSIBLE_DAYS = 90;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // Turkish letters, as older CMS editors encode them.
  uuml: 'ü',
  ouml: 'ö',
  ccedil: 'ç',
};

// "iş günü" (business day; capital İ has no one-letter lower case, so it is listed), "gün" (day), "days", "business days", "working days", "d".
const DAY_WORD = String.raw`(?:[iıİ][sş]\s*g[uü]n[uü]?|g[uü]n|(?:business|working)\s+days?|days?)`;
const RANGE = new RegExp(
  String.raw`(\d{1,3})\s*(?:-|–|—|to|ile|ila|\/)\s*(\d{1,3})\s*${DAY_WORD}`,
  'i',
);
const SINGLE = new RegExp(String.raw`(\d{1,3})\s*\+?\s*${DAY_WORD}`, 'i');

/**
 * Reads a delivery estimate out of Shipentegra's `additionalDescription`, the only place the
 * transit time appears: marketing HTML in Turkish or English such as
 * `<p>Tahmini teslim süresi: 3-6 iş günü</p>` or "2 to 4 business days". Null when absent.
 */
export function parseTransitDays(description: string | null | undefined): TransitDays | null {
  if (!description) {
    return null;
  }

  const text = toPlainText(description);
  const range = RANGE.exec(text);

  if (range) {
    return plausibleDays(Number(range[1]), Number(range[2]));
  }

  const single = SINGLE.exec(text);

  return single ? plausibleDays(Number(single[1]), Number(single[1])) : null;
}

function plausibleDays(first: number, second: number): TransitDays | null {
  const min = Math.min(first, second);
  const max = Math.max(first, second);

  return min >= 0 && max > 0 && max <= MAX_PLAUSIBLE_DAYS ? { min, max } : null;
}

/** Tags become spaces (so "3-6</b> iş" still reads), entities become their characters. */
function toPlainText(html: string): string {
  const withoutTags = html.replace(/<[^>]*>/g, ' ');
  const decoded = withoutTags.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    return decodeEntity(body) ?? entity;
  });

  return decoded.replace(/\s+/g, ' ').trim();
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
  }

  if (body.startsWith('#')) {
    return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
  }

  return NAMED_ENTITIES[body.toLowerCase()];
}
