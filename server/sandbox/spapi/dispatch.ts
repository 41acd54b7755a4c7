import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAuthorizePages } from './consent-flow.ts';
import { FAULTS_PATH, handleFaultAdmin } from './fault-admin.ts';
import { handleDocumentTransfer } from './feed-document-transfer.ts';
import { sendJson } from './http-exchange.ts';
import { handleTokenRequest } from './lwa-endpoint.ts';
import { FEED_DOCUMENT_PATH } from './operations/feed-documents.ts';
import { handleSpApiCall } from './sp-api-pipeline.ts';
import type { Exchange, StandInRuntime } from './stand-in-runtime.ts';

/**
 * Routes by path alone: LWA, Seller Central pages, documents and SP-API share one server
 * because none of Amazon's paths collide. Every answer carries a request id, as Amazon's do.
 */
export async function dispatch(
  runtime: StandInRuntime,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const exchange: Exchange = {
    request,
    response,
    url: new URL(request.url ?? '/', 'https://stand-in'),
  };
  const path = exchange.url.pathname;

  response.setHeader('x-amzn-RequestId', randomUUID());

  try {
    if (path === '/auth/o2/token' && request.method === 'POST') {
      await handleTokenRequest(runtime, exchange);
    } else if (path.startsWith('/apps/authorize/')) {
      await handleAuthorizePages(runtime, exchange);
    } else if (path.startsWith(FEED_DOCUMENT_PATH)) {
      await handleDocumentTransfer(runtime, exchange);
    } else if (path === FAULTS_PATH || path.startsWith(`${FAULTS_PATH}/`)) {
      await handleFaultAdmin(runtime, exchange);
    } else {
      await handleSpApiCall(runtime, exchange);
    }
  } catch (error) {
    // A bug in the stand-in must show up as an answer, not as a hung test.
    if (!response.headersSent) {
      const message = error instanceof Error ? error.message : String(error);
      sendJson(response, 500, {
        errors: [{ code: 'InternalFailure', message: 'Stand-in error', details: message }],
      });
    }
  }
}
