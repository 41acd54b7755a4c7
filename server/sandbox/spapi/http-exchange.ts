import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { BodyTooLargeError, readRequestBody } from '../read-request-body.ts';

// Feed documents can be large, but not unbounded.
const BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export { BodyTooLargeError };

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return readRequestBody(request, BODY_LIMIT_BYTES);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);

  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendBody(
  response: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: OutgoingHttpHeaders,
): void {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  sendBody(response, status, html, { 'content-type': 'text/html; charset=utf-8' });
}

export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, 'content-length': 0 });
  response.end();
}

/** Appends parameters to a URI that may already carry a query. */
export function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);

  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, value);
  }

  return url.toString();
}

/** Form-encoded or JSON, as the content type says; other bodies read as empty. */
export function parseFormOrJson(
  contentType: string | undefined,
  body: Buffer,
): Record<string, string> {
  const text = body.toString('utf8');

  if (contentType?.includes('json')) {
    const parsed: unknown = JSON.parse(text || '{}');
    const entries = typeof parsed === 'object' && parsed !== null ? Object.entries(parsed) : [];

    return Object.fromEntries(entries.map(([key, value]) => [key, String(value ?? '')]));
  }

  return Object.fromEntries(new URLSearchParams(text));
}
