import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readRequestBody } from '../read-request-body.ts';
import type { StandInReply } from './envelope.ts';

export type StandInLanguage = 'en' | 'tr';

// Label requests are small; anything bigger is a client bug or abuse, not a real order.
const MAX_BODY_BYTES = 1024 * 1024;

export { BodyTooLargeError };

/** `Accept-Language: tr` picks Turkish descriptions; anything else gets English. */
export function pickLanguage(request: IncomingMessage): StandInLanguage {
  const header = request.headers['accept-language'] ?? '';

  return header.trim().toLowerCase().startsWith('tr') ? 'tr' : 'en';
}

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return readRequestBody(request, MAX_BODY_BYTES);
}

export function writeReply(response: ServerResponse, reply: StandInReply): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  let payload: Buffer;

  if (reply.file) {
    headers['content-type'] = reply.file.contentType;
    payload = reply.file.bytes;
  } else {
    headers['content-type'] = 'application/json; charset=utf-8';
    payload = Buffer.from(JSON.stringify(reply.json ?? null));
  }

  headers['content-length'] = payload.length;
  response.writeHead(reply.status, headers);
  response.end(payload);
}
