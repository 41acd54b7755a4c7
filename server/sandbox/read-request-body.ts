import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/** The whole request body, refused past `limitBytes` so a stand-in cannot be filled up. */
export async function readRequestBody(
  request: IncomingMessage,
  limitBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;

    if (size > limitBytes) {
      throw new BodyTooLargeError(`request body over ${limitBytes} bytes`);
    }

    chunks.push(buffer);
  }

  return Buffer.concat(chunks);
}
