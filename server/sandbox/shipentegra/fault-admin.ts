import type { StandInReply } from './envelope.ts';
import type { ShipentegraFaultKind, ShipentegraFaultRule, ShipentegraFaults } from './faults.ts';
import { isRecord } from './field-checks.ts';

const ADMIN_PATH = '/__stand-in/faults';
const KINDS: readonly ShipentegraFaultKind[] = [
  'latency',
  'rate-limit',
  'server-error',
  'timeout',
  'drop-connection',
  'drop-after-processing',
];

export function isFaultAdminPath(path: string): boolean {
  return path === ADMIN_PATH;
}

/**
 * Lets someone poking at sandbox mode (or a test in another process) switch faults: GET lists
 * them, POST adds one (`{ kind, path?, method?, probability?, times?, latencyMs?,
 * retryAfterSeconds? }`), DELETE clears them. Off unless the stand-in is started with it.
 */
export function handleFaultAdminRequest(
  faults: ShipentegraFaults,
  method: string,
  body: unknown,
): StandInReply {
  if (method === 'DELETE') {
    faults.clear();
  } else if (method === 'POST') {
    const rule = readRule(body);

    if (!rule) {
      return { status: 400, json: { message: `kind must be one of ${KINDS.join(', ')}` } };
    }

    return { status: 201, json: { id: faults.add(rule) } };
  }

  return { status: 200, json: { faults: faults.list().map(describeRule) } };
}

function readRule(body: unknown): Omit<ShipentegraFaultRule, 'id'> | undefined {
  const kind = isRecord(body) ? KINDS.find((known) => known === body.kind) : undefined;

  if (!isRecord(body) || !kind) {
    return undefined;
  }

  const numberOf = (key: string) => (typeof body[key] === 'number' ? body[key] : undefined);
  const method = body.method === 'GET' || body.method === 'POST' ? body.method : undefined;

  return {
    kind,
    path: typeof body.path === 'string' ? body.path : undefined,
    method,
    probability: numberOf('probability'),
    times: numberOf('times'),
    latencyMs: numberOf('latencyMs'),
    retryAfterSeconds: numberOf('retryAfterSeconds'),
  };
}

function describeRule(rule: ShipentegraFaultRule) {
  return { ...rule, path: rule.path instanceof RegExp ? String(rule.path) : rule.path };
}
