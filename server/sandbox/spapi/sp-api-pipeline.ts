import type { OutgoingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultDecision } from './faults.ts';
import { readBody, sendBody, sendJson } from './http-exchange.ts';
import { findOperation, type SpApiOperation } from './model-catalogue.ts';
import { advanceFeeds } from './operations/feed-progress.ts';
import type { OperationResult } from './operations/operation-context.ts';
import { handlerOf } from './operations/operation-registry.ts';
import { parseSpApiRequest } from './request-validator.ts';
import { authenticateCall } from './sp-api-auth.ts';
import {
  internalFailure,
  invalidInput,
  notFound,
  quotaExceeded,
  SpApiError,
} from './sp-api-errors.ts';
import { isSandboxHost } from './stand-in-host-names.ts';
import { type Exchange, recordExchange, type StandInRuntime } from './stand-in-runtime.ts';
import { answerFromStaticSandbox } from './static-sandbox.ts';

/**
 * One SP-API call, in Amazon's order: route, faults, access token, usage plan, model
 * validation, then the operation. Every answer is logged for tests that count calls and 429s.
 */
export async function handleSpApiCall(runtime: StandInRuntime, exchange: Exchange): Promise<void> {
  const { request, response, url } = exchange;
  const operation = findOperation(request.method ?? 'GET', url.pathname)?.operation;

  if (!operation) {
    sendJson(response, 404, notFound(`No SP-API operation at ${url.pathname}`).toBody());
    recordExchange(runtime, exchange, 'stand-in:unknown', 404);
    return;
  }

  const fault = runtime.faults.decide(operation.key);

  if (fault.latencyMs > 0) {
    await sleep(fault.latencyMs);
  }

  if (fault.action === 'drop' || fault.action === 'timeout') {
    // A held request stays open until the caller gives up or the stand-in closes.
    if (fault.action === 'drop') {
      request.socket.destroy();
    }

    recordExchange(
      runtime,
      exchange,
      operation.key,
      fault.action === 'drop' ? 'dropped' : 'timeout',
    );
    return;
  }

  const plan = operation['x-kayistra-usage-plan'];
  const rateHeader: OutgoingHttpHeaders = plan
    ? { 'x-amzn-RateLimit-Limit': String(plan.rate) }
    : {};
  let sellerId: string | undefined;
  let result: OperationResult;

  try {
    const seller = authenticateCall(runtime, request);
    sellerId = seller.sellingPartnerId;
    result = await runOperation(runtime, exchange, operation, fault, sellerId);
  } catch (error) {
    const failure = error instanceof SpApiError ? error : internalFailure(500, error);
    result = { status: failure.status, body: failure.toBody() };
  }

  if (fault.action === 'drop-after-processing') {
    request.socket.destroy();
    recordExchange(runtime, exchange, operation.key, 'dropped', sellerId);
    return;
  }

  const headers = result.status === 403 || result.status >= 500 ? {} : rateHeader;

  if (result.body === undefined) {
    sendBody(response, result.status, '', headers);
  } else {
    sendJson(response, result.status, result.body, headers);
  }

  recordExchange(runtime, exchange, operation.key, result.status, sellerId);
}

async function runOperation(
  runtime: StandInRuntime,
  exchange: Exchange,
  operation: SpApiOperation,
  fault: FaultDecision,
  sellerId: string,
): Promise<OperationResult> {
  const { request, url } = exchange;
  const isSandbox = isSandboxHost(request.headers.host);
  const handler = handlerOf(operation.key);
  const plan = operation['x-kayistra-usage-plan'];

  if (fault.action === 'error') {
    throw internalFailure(fault.status ?? 500);
  }

  if (
    fault.action === 'throttle' ||
    (plan && !runtime.buckets.take(sellerId, operation.key, plan))
  ) {
    throw quotaExceeded();
  }

  if (!handler && !isSandbox) {
    throw notFound(`The stand-in does not implement ${operation.key}.`);
  }

  const parsed = parseSpApiRequest({
    method: request.method ?? 'GET',
    path: `${url.pathname}${url.search}`,
    headers: request.headers,
    body: await readJsonBody(exchange),
  });

  if (!parsed) {
    throw notFound(`No SP-API operation at ${url.pathname}`);
  }

  // Amazon's sandbox matches its canned cases before it checks anything else.
  if (isSandbox || !handler) {
    return answerFromStaticSandbox(parsed);
  }

  const [first, ...others] = parsed.problems;

  if (first) {
    const details = [first, ...others].map((problem) => `${problem.field} ${problem.message}`);
    throw invalidInput(`Invalid input: ${details[0]}`, details.join('; '));
  }

  const seller = runtime.store.getSeller(sellerId);

  if (!seller) {
    throw notFound(`No selling partner ${sellerId}`);
  }

  advanceFeeds({ ...runtime, regionOf: (id) => runtime.store.getSeller(id)?.region ?? 'na' });

  return handler({
    seller,
    request: parsed,
    store: runtime.store,
    feeds: runtime.feeds,
    clock: runtime.clock,
    publicOrigin: `https://${request.headers.host ?? '127.0.0.1'}`,
  });
}

async function readJsonBody(exchange: Exchange): Promise<unknown> {
  const raw = await readBody(exchange.request);

  if (raw.length === 0) {
    return undefined;
  }

  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw invalidInput('Invalid input: the request body is not valid JSON.');
  }
}
