import type { IncomingHttpHeaders } from 'node:http';
import { handleTokenRequest, replyUnauthenticated } from './auth.ts';
import { describeIssue, StandInBusinessError } from './business-errors.ts';
import { handleCarriersRequest } from './carriers.ts';
import { replyFailure, type StandInReply } from './envelope.ts';
import { isRecord } from './field-checks.ts';
import type { StandInLanguage } from './http-exchange.ts';
import { handleLabelFileRequest } from './label-files.ts';
import { handleLabelRequest } from './labels.ts';
import { handleCreateManualOrder, handleCreateOrder, handleGetOrder } from './orders.ts';
import { handleQuoteRequest } from './quotes.ts';
import { handleTrackingRequest } from './tracking.ts';
import type { ShipentegraWorld } from './world.ts';

export interface StandInRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  language: StandInLanguage;
}

export interface RouteContext {
  world: ShipentegraWorld;
  /** The authenticated account; empty on public routes. */
  clientId: string;
  params: Record<string, string | undefined>;
  query: URLSearchParams;
  /** Parsed JSON, not yet checked. */
  body: unknown;
  language: StandInLanguage;
  now: Date;
}

interface Route {
  method: 'GET' | 'POST';
  path: RegExp;
  /** The `<operation>` part of this route's `ERR.<operation>.<reason>` codes. */
  operation: string;
  isPublic?: boolean;
  handle(context: RouteContext): StandInReply;
}

// There is deliberately no void or cancel route: none is known upstream, so a client that
// tries one gets the same 404 as any unknown path.
const ROUTES: readonly Route[] = [
  {
    method: 'POST',
    path: /^\/v1\/auth\/token$/,
    operation: '10010',
    isPublic: true,
    handle: handleTokenRequest,
  },
  {
    method: 'POST',
    path: /^\/v1\/tools\/calculate\/all$/,
    operation: '22010',
    handle: handleQuoteRequest,
  },
  {
    method: 'GET',
    path: /^\/v1\/users\/carriers$/,
    operation: '23010',
    handle: handleCarriersRequest,
  },
  {
    method: 'POST',
    path: /^\/v1\/orders\/manual$/,
    operation: '20010',
    handle: handleCreateManualOrder,
  },
  { method: 'POST', path: /^\/v1\/orders$/, operation: '20020', handle: handleCreateOrder },
  {
    method: 'GET',
    path: /^\/v1\/orders\/manual\/(?<orderId>[^/]+)$/,
    operation: '20030',
    handle: handleGetOrder,
  },
  {
    method: 'POST',
    path: /^\/v1\/logistics\/labels\/shipentegra(?:\/(?<carrier>ups|fedex|dhlecommerce|usps))?$/,
    operation: '24010',
    handle: handleLabelRequest,
  },
  {
    method: 'GET',
    path: /^\/v1\/logistics\/shipments\/activities$/,
    operation: '26010',
    handle: handleTrackingRequest,
  },
  {
    method: 'GET',
    path: /^\/files\/labels\/(?<fileName>[0-9a-f]{48}\.(?:pdf|gif|png))$/,
    operation: '0',
    isPublic: true,
    handle: handleLabelFileRequest,
  },
];

/** Answers one request: route, authenticate, parse, run, and render business errors. */
export function routeRequest(world: ShipentegraWorld, request: StandInRequest): StandInReply {
  const now = world.clock.now();
  const match = matchRoute(request.method, request.url.pathname);

  if (!match) {
    return { status: 404, json: { message: 'Not Found' } };
  }

  const { route, params } = match;
  const clientId = route.isPublic ? '' : world.tokens.authenticate(request.headers.authorization);

  if (clientId === undefined) {
    return replyUnauthenticated();
  }

  try {
    const body = route.method === 'POST' ? parseJsonObject(request.body) : undefined;
    const query = request.url.searchParams;

    return route.handle({ world, clientId, params, query, body, language: request.language, now });
  } catch (error) {
    if (!(error instanceof StandInBusinessError)) {
      throw error;
    }

    const items = error.issues.map((issue) =>
      describeIssue(issue, route.operation, request.language),
    );

    return replyFailure(error.httpStatus, items, now);
  }
}

function matchRoute(method: string, pathname: string) {
  for (const route of ROUTES) {
    const found = route.method === method ? route.path.exec(pathname) : null;

    if (found) {
      return { route, params: { ...found.groups } };
    }
  }

  return undefined;
}

function parseJsonObject(body: Buffer): Record<string, unknown> {
  let parsed: unknown;

  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }

  if (!isRecord(parsed)) {
    throw new StandInBusinessError([{ key: 'INVALID_BODY' }]);
  }

  return parsed;
}
