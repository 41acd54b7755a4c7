export type TrackingStatus =
  | 'pending'
  | 'in_transit'
  | 'out_for_delivery'
  | 'delivered'
  | 'exception'
  | 'returned';

export interface TrackingEvent {
  /** Null when Shipentegra's date could not be read. */
  at: Date | null;
  text: string;
}

// Shipentegra's status vocabulary is unknown, so statuses and event texts (English or Turkish,
// whatever the carrier wrote) are read by meaning. Order matters: "Delivery failed" and
// "Returned to sender" mention delivery, and must be caught before "delivered" is.
const PATTERNS: ReadonlyArray<{ status: TrackingStatus; pattern: RegExp }> = [
  { status: 'returned', pattern: /return|iade|geri\s*g[oö]nder/i },
  {
    status: 'exception',
    pattern:
      /exception|fail|undeliver|not\s+delivered|problem|hold|damage|lost|ba[sş]ar[ıi]s[ıi]z|sorun|hasar|kay[ıi]p|bekletil/i,
  },
  {
    status: 'out_for_delivery',
    pattern: /out[\s_-]*for[\s_-]*delivery|da[gğ][ıi]t[ıi]ma\s+[cç][ıi]k/i,
  },
  // A hand-over to the last-mile carrier reads "teslim edildi" too: it is not a delivery.
  { status: 'in_transit', pattern: /handed\s+over|firmas[ıi]na\s+teslim|kuryeye\s+teslim/i },
  { status: 'delivered', pattern: /\bdelivered\b|teslim\s+edildi|teslim\s+al[ıi]nd[ıi]/i },
  {
    status: 'in_transit',
    pattern:
      /transit|accepted|departed|arrived|handed|picked|customs|hub|yolda|kabul|[cç][ıi]k[ıi][sş]|var[ıi][sş]|aktarma|g[uü]mr[uü]k/i,
  },
  { status: 'pending', pattern: /label|created|pending|\bnew\b|info|olu[sş]turuldu|bekleniyor/i },
];

/** Maps one status word or event text, or undefined when it says nothing we recognise. */
export function readTrackingStatus(text: string): TrackingStatus | undefined {
  return PATTERNS.find((entry) => entry.pattern.test(text))?.status;
}

/**
 * The parcel's state from the status field, else from the newest event. A parcel with events
 * but no readable word is somewhere on its way; one with none has only a label.
 */
export function normaliseTrackingStatus(
  status: string,
  events: readonly TrackingEvent[],
): TrackingStatus {
  const fromStatus = readTrackingStatus(status);

  if (fromStatus) {
    return fromStatus;
  }

  const newest = sortEventsOldestFirst(events).at(-1);
  const fromEvent = newest ? readTrackingStatus(newest.text) : undefined;

  return fromEvent ?? (events.length > 1 ? 'in_transit' : 'pending');
}

/** Shipentegra does not document the order of `activities`: undated events sort first. */
export function sortEventsOldestFirst(events: readonly TrackingEvent[]): TrackingEvent[] {
  return [...events].sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
}

/**
 * Shipentegra's `YYYY-MM-DD HH:mm:ss` is Turkish local time without an offset; Turkey has kept
 * UTC+3 all year since 2016, so the offset is fixed. ISO strings with an offset pass through.
 */
export function parseShipentegraTime(value: string | null | undefined): Date | null {
  const text = value?.trim();

  if (!text) {
    return null;
  }

  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(text);
  const date = new Date(local ? `${local[1]}T${local[2]}+03:00` : text);

  return Number.isNaN(date.getTime()) ? null : date;
}
