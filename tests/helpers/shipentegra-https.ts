import type { IncomingHttpHeaders } from 'node:http';
import { type Agent, request } from 'node:https';

/** Tests call the real host name; the dialing agent takes the connection to the stand-in. */
export const SHIPENTEGRA_TEST_ORIGIN = 'https://publicapi.shipentegra.com';

export interface ShipentegraCall {
  method?: 'GET' | 'POST' | 'DELETE';
  /** `/v1/...` on the real host, or an absolute URL such as a label link. */
  path: string;
  token?: string;
  body?: unknown;
  language?: 'en' | 'tr';
  /** Gives up (rejecting with a timeout error) after this long; 5 s unless told. */
  timeoutMs?: number;
}

export interface ShipentegraHttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * A tiny HTTPS client over node:https, because Node's global fetch takes no `https.Agent`
 * and the dialing agent is what makes `publicapi.shipentegra.com` reach the stand-in.
 */
export function callShipentegra(agent: Agent, call: ShipentegraCall) {
  const url = new URL(call.path, SHIPENTEGRA_TEST_ORIGIN);
  const payload = call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body));
  const headers: Record<string, string> = { accept: 'application/json' };

  if (payload) {
    headers['content-type'] = 'application/json';
  }

  if (call.token) {
    headers.authorization = `Bearer ${call.token}`;
  }

  if (call.language) {
    headers['accept-language'] = call.language;
  }

  return new Promise<ShipentegraHttpResponse>((resolve, reject) => {
    const outgoing = request(url, { method: call.method ?? 'GET', agent, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          bytes,
          json: parseJson(bytes),
        });
      });
    });

    outgoing.setTimeout(call.timeoutMs ?? 5000, () => {
      outgoing.destroy(new Error(`timed out after ${call.timeoutMs ?? 5000} ms`));
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
