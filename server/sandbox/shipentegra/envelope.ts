/** What a route answers; the server turns it into bytes (or, under a fault, into nothing). */
export interface StandInReply {
  status: number;
  json?: unknown;
  file?: { contentType: string; bytes: Buffer };
  headers?: Record<string, string>;
}

// Turkey has kept UTC+3 all year since 2016, and Shipentegra prints local time with no offset.
const ISTANBUL_OFFSET_MS = 3 * 60 * 60 * 1000;

export function formatShipentegraTime(date: Date): string {
  const local = new Date(date.getTime() + ISTANBUL_OFFSET_MS);

  return local.toISOString().slice(0, 19).replace('T', ' ');
}

export function replySuccess(data: unknown, now: Date, status = 200): StandInReply {
  return {
    status,
    json: { status: 'success', time: formatShipentegraTime(now), code: status, data },
  };
}

export function replyFailure(
  status: number,
  items: Array<{ message: string; description: string }>,
  now: Date,
): StandInReply {
  return {
    status,
    json: { status: 'fail', time: formatShipentegraTime(now), code: status, data: items },
  };
}
