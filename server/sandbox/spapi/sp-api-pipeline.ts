import type { OutgoingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultDecision } from './faults.ts';
import { readBody, sendBody, sendJson } from './http-exchange.ts';
import { findOperation, type SpApiOperation } from './model-catalogue.ts';
import { advanceFeeds } from './operations/feed-progress.ts';
import type { OperationResult } from './operations/operation-context.ts';
import { handlerOf } from './operations/operation-registry.ts';
import { type ParsedSpApiRequest, parseSpApiRequest } from './request-validator.ts';
import type { SpApiProblem } from './schema-registry.ts';
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
import type { StandInSeller } from './store/world.ts';

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

  if (isWithheld(runtime, exchange, operation.key, fault)) {
    return;
  }

  const { result, sellerId } = await settleCall(runtime, exchange, operation, fault);

  // The work is done; the caller only loses the answer: the outcome-unknown case.
  if (fault.action === 'drop-after-processing') {
    request.socket.destroy();
    recordExchange(runtime, exchange, operation.key, 'dropped', sellerId);
    return;
  }

  sendResult(response, result, rateLimitHeaders(operation, result.status));
  recordExchange(runtime, exchange, operation.key, result.status, sellerId);
}

// A dropped connection fails at once; a held one stays open until the caller gives up.
function isWithheld(
  runtime: StandInRuntime,
  exchange: Exchange,
  operationKey: string,
  fault: FaultDecision,
): boolean {
  if (fault.action === 'drop') {
    exchange.request.socket.destroy();
    recordExchange(runtime, exchange, operationKey, 'dropped');
  } else if (fault.action === 'timeout') {
    recordExchange(runtime, exchange, operationKey, 'timeout');
  }

  return fault.action === 'drop' || fault.action === 'timeout';
}

async function settleCall(
  runtime: StandInRuntime,
  exchange: Exchange,
  operation: SpApiOperation,
  fault: FaultDecision,
): Promise<{ result: OperationResult; sellerId?: string }> {
  let sellerId: string | undefined;

  try {
    const seller = authenticateCall(runtime, exchange.request);
    sellerId = seller.sellingPartnerId;
    return { result: await runOperation(runtime, exchange, operation, fault, seller), sellerId };
  } catch (error) {
    const failure = error instanceof SpApiError ? error : internalFailure(500, error);
    return { result: { status: failure.status, body: failure.toBody() }, sellerId };
  }
}

// Amazon reports the applied rate with every answer the usage plan governs.
function rateLimitHeaders(operation: SpApiOperation, status: number): OutgoingHttpHeaders {
  const plan = operation['x-kayistra-usage-plan'];
  const isGoverned = plan !== null && status !== 403 && status < 500;

  return isGoverned ? { 'x-amzn-RateLimit-Limit': String(plan.rate) } : {};
}

function sendResult(
  response: Exchange['response'],
  result: OperationResult,
  headers: OutgoingHttpHeaders,
): void {
  if (result.body === undefined) {
    sendBody(response, result.status, '', headers);
  } else {
    sendJson(response, result.status, result.body, headers);
  }
}

async function runOperation(
  runtime: StandInRuntime,
  exchange: Exchange,
  operation: SpApiOperation,
  fault: FaultDecision,
  seller: StandInSeller,
): Promise<OperationResult> {
  const isSandbox = isSandboxHost(exchange.request.headers.host);
  const handler = handlerOf(operation.key);

  enforceFaultAndPlan(runtime, operation, fault, seller.sellingPartnerId);

  if (!handler && !isSandbox) {
    throw notFound(`The stand-in does not implement ${operation.key}.`);
  }

  const parsed = await parseCall(exchange);

  // Amazon's sandbox matches its canned cases before it checks anything else.
  if (isSandbox || !handler) {
    return answerFromStaticSandbox(parsed);
  }

  rejectProblems(parsed.problems);
  advanceFeeds({ ...runtime, regionOf: (id) => runtime.store.getSeller(id)?.region ?? 'na' });

  return handler({
    seller,
    request: parsed,
    store: runtime.store,
    feeds: runtime.feeds,
    clock: runtime.clock,
    publicOrigin: `https://${exchange.request.headers.host ?? '127.0.0.1'}`,
  });
}

function enforceFaultAndPlan(
  runtime: StandInRuntime,
  operation: SpApiOperation,
  fault: FaultDecision,
  sellerId: string,
): void {
  const plan = operation['x-kayistra-usage-plan'];

  if (fault.action === 'error') {
    throw internalFailure(fault.status ?? 500);
  }

  // A fault-made 429 leaves the bucket alone, like a throttle on Amazon's side would.
  if (
    fault.action === 'throttle' ||
    (plan && !runtime.buckets.take(sellerId, operation.key, plan))
  ) {
    throw quotaExceeded();
  }
}

async function parseCall(exchange: Exchange): Promise<ParsedSpApiRequest> {
  const { request, url } = exchange;
  const parsed = parseSpApiRequest({
    method: request.method ?? 'GET',
    path: `${url.pathname}${url.search}`,
    headers: request.headers,
    body: await readJsonBody(exchange),
  });

  if (!parsed) {
    throw notFound(`No SP-API operation at ${url.pathname}`);
  }

  return parsed;
}

// Every problem goes into the details; the message names the first, as Amazon's do.
function rejectProblems(problems: readonly SpApiProblem[]): void {
  const details = problems.map((problem) => `${problem.field} ${problem.message}`);

  if (details.length > 0) {
    throw invalidInput(`Invalid input: ${details[0]}`, details.join('; '));
  }
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
