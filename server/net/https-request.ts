import type { IncomingHttpHeaders } from 'node:http';
import { type Agent, request } from 'node:https';

export interface HttpsRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** From `createRemoteAgents`: decides where the real host name is dialled. */
  agent: Agent;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The whole exchange, connect to last byte; a remote that stalls must not hold a request. */
  timeoutMs: number;
  maxResponseBytes?: number;
}

export interface HttpsResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type HttpsFailureReason = 'timeout' | 'network' | 'too_large';

/** The remote gave no usable answer: nothing is known about what it did with the request. */
export class HttpsRequestError extends Error {
  readonly reason: HttpsFailureReason;

  constructor(reason: HttpsFailureReason, options?: { cause?: unknown }) {
    super(`HTTPS request failed (${reason})`, options);
    this.name = 'HttpsRequestError';
    this.reason = reason;
  }
}

const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/**
 * One HTTPS exchange over node:https, because the global fetch takes no `https.Agent` and the
 * agent is what routes a real host name to an endpoint override. No retries: callers decide.
 */
export function sendHttpsRequest(input: HttpsRequest): Promise<HttpsResponse> {
  const limit = input.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  return new Promise((resolve, reject) => {
    const outgoing = request(
      input.url,
      { method: input.method, agent: input.agent, headers: input.headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;

        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;

          if (size > limit) {
            outgoing.destroy(new HttpsRequestError('too_large'));

            return;
          }

          chunks.push(chunk);
        });
        incoming.on('error', (error) => {
          clearTimeout(deadline);
          reject(asRequestError(error));
        });
        incoming.on('end', () => {
          clearTimeout(deadline);
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          });
        });
      },
    );

    const deadline = setTimeout(() => {
      outgoing.destroy(new HttpsRequestError('timeout'));
    }, input.timeoutMs);

    outgoing.on('error', (error) => {
      clearTimeout(deadline);
      reject(asRequestError(error));
    });
    outgoing.end(input.body);
  });
}

function asRequestError(error: Error): HttpsRequestError {
  return error instanceof HttpsRequestError
    ? error
    : new HttpsRequestError('network', { cause: error });
}
