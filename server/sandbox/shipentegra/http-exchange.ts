import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInReply } from './envelope.ts';

export type StandInLanguage = 'en' | 'tr';

// Label requests are small; anything bigger is a client bug or abuse, not a real order.
const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

/** `Accept-Language: tr` picks Turkish descriptions; anything else gets English. */
export function pickLanguage(request: IncomingMessage): StandInLanguage {
  const header = request.headers['accept-language'] ?? '';

  return header.trim().toLowerCase().startsWith('tr') ? 'tr' : 'en';
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;

    if (size > MAX_BODY_BYTES) {
      throw new BodyTooLargeError(`body over ${MAX_BODY_BYTES} bytes`);
    }

    chunks.push(buffer);
  }

  return Buffer.concat(chunks);
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
