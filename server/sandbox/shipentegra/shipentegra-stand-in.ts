import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import type { CertificateAuthority } from '../certificate-authority.ts';
import type { ShipentegraAccounts } from './accounts.ts';
import { handleFaultAdminRequest, isFaultAdminPath } from './fault-admin.ts';
import { createFaultSwitches, type FaultPlan, type ShipentegraFaults } from './faults.ts';
import { BodyTooLargeError, pickLanguage, readBody, writeReply } from './http-exchange.ts';
import { appendRecord, bodyForLog, type ShipentegraRequestRecord } from './request-log.ts';
import { routeRequest } from './router.ts';
import type { ScaledClock } from './scaled-clock.ts';
import type { ShipentegraStore } from './store.ts';
import { createWorld, SHIPENTEGRA_HOST_NAME, type ShipentegraWorldOptions } from './world.ts';

export { SHIPENTEGRA_DEMO_ACCOUNT } from './accounts.ts';

export interface ShipentegraStandInOptions extends ShipentegraWorldOptions {
  ca: CertificateAuthority;
  host?: string;
  port?: number;
  /** Serves `/__stand-in/faults` (GET, POST, DELETE) for switching faults from outside. */
  isFaultAdminEnabled?: boolean;
}

export interface ShipentegraStandIn {
  /** `https://127.0.0.1:<port>`: what a dialing agent dials for the real host names. */
  origin: string;
  hostNames: readonly string[];
  accounts: ShipentegraAccounts;
  store: ShipentegraStore;
  faults: ShipentegraFaults;
  /** Every call received, newest last; tests may clear it with `requests.length = 0`. */
  requests: ShipentegraRequestRecord[];
  clock: ScaledClock;
  close(): Promise<void>;
}

/**
 * Starts a local HTTPS server that answers like `publicapi.shipentegra.com/v1` per
 * ../shared/reference/shipentegra.md, with a certificate for the real host name from the
 * sandbox CA. Sandbox mode and tests only: it is never started in live mode.
 */
export async function startShipentegraStandIn(
  options: ShipentegraStandInOptions,
): Promise<ShipentegraStandIn> {
  const world = createWorld(options);
  const { faults, planFault } = createFaultSwitches((options.seed ?? 7) ^ 0x5eed);
  const requests: ShipentegraRequestRecord[] = [];
  const shutdown = new AbortController();

  const respond = async (
    request: IncomingMessage,
    response: ServerResponse,
    record: ShipentegraRequestRecord,
  ) => {
    const body = await readBody(request);
    record.body = bodyForLog(body);

    if (options.isFaultAdminEnabled && isFaultAdminPath(record.path)) {
      return finish(response, record, handleFaultAdminRequest(faults, record.method, record.body));
    }

    const plan = planFault(record.method, record.path);
    record.fault = plan.kind;
    await delay(plan.latencyMs, undefined, { signal: shutdown.signal });

    if (answerFault(plan, request, response, record)) {
      return;
    }

    const url = new URL(request.url ?? '/', world.publicOrigin);
    const reply = routeRequest(world, {
      method: record.method,
      url,
      headers: request.headers,
      body,
      language: record.language,
    });

    if (plan.kind === 'drop-after-processing') {
      return drop(request, record);
    }

    finish(response, record, reply);
  };

  const identity = options.ca.issueServerCertificate([SHIPENTEGRA_HOST_NAME]);
  const server = createServer(identity, (request, response) => {
    const record = startRecord(request);
    appendRecord(requests, record);

    respond(request, response, record).catch((error: unknown) => {
      answerUnexpected(error, response, record);
    });
  });
  const port = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');

  return {
    origin: `https://${options.host ?? '127.0.0.1'}:${port}`,
    hostNames: [SHIPENTEGRA_HOST_NAME],
    accounts: world.accounts,
    store: world.store,
    faults,
    requests,
    clock: world.clock,
    async close() {
      shutdown.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Includes the requests a timeout fault left hanging on purpose.
      server.closeAllConnections();
      await closed;
    },
  };
}

function startRecord(request: IncomingMessage): ShipentegraRequestRecord {
  const url = new URL(request.url ?? '/', 'https://stand-in.invalid');

  return {
    at: new Date(),
    method: request.method ?? 'GET',
    path: url.pathname,
    search: url.search,
    hasBearer: /^Bearer\s/i.test(request.headers.authorization ?? ''),
    language: pickLanguage(request),
    body: undefined,
    outcome: 'pending',
  };
}

/** Answers (or withholds) a fault that strikes before the work; true when it did. */
function answerFault(
  plan: FaultPlan,
  request: IncomingMessage,
  response: ServerResponse,
  record: ShipentegraRequestRecord,
): boolean {
  if (plan.kind === 'drop-connection') {
    drop(request, record);
  } else if (plan.kind === 'timeout') {
    record.outcome = 'unanswered';
  } else if (plan.kind === 'rate-limit') {
    const headers = { 'retry-after': String(plan.retryAfterSeconds ?? 1) };
    finish(response, record, { status: 429, json: { message: 'Too Many Attempts.' }, headers });
  } else if (plan.kind === 'server-error') {
    finish(response, record, { status: 500, json: { message: 'Server Error' } });
  } else {
    return false;
  }

  return true;
}

function finish(
  response: ServerResponse,
  record: ShipentegraRequestRecord,
  reply: Parameters<typeof writeReply>[1],
): void {
  writeReply(response, reply);
  record.status = reply.status;
  record.outcome = 'answered';
}

function drop(request: IncomingMessage, record: ShipentegraRequestRecord): void {
  request.socket.destroy();
  record.outcome = 'dropped';
}

function answerUnexpected(
  error: unknown,
  response: ServerResponse,
  record: ShipentegraRequestRecord,
) {
  // Shutdown cut a latency fault short; the connection is going away anyway.
  if (error instanceof Error && error.name === 'AbortError') {
    return;
  }

  const isTooLarge = error instanceof BodyTooLargeError;
  const reply = isTooLarge
    ? { status: 413, json: { message: 'Payload Too Large' } }
    : { status: 500, json: { message: 'Server Error' } };

  record.error = isTooLarge ? undefined : String(error);

  if (!response.headersSent && !response.destroyed) {
    writeReply(response, reply);
    record.status = reply.status;
    record.outcome = 'answered';
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
