import { createSeededRandom } from './seeded-random.ts';

export type ShipentegraFaultKind =
  | 'latency'
  | 'rate-limit'
  | 'server-error'
  | 'timeout'
  | 'drop-connection'
  | 'drop-after-processing';

export interface ShipentegraFaultScope {
  /** A path and everything under it ('/v1/orders' covers '/v1/orders/manual'), or a pattern. */
  path?: string | RegExp;
  method?: 'GET' | 'POST';
  /** Chance per matching request, drawn from the seeded generator; 1 unless told. */
  probability?: number;
  /** How many requests it hits before switching itself off; unlimited unless told. */
  times?: number;
}

export interface ShipentegraFaultRule extends ShipentegraFaultScope {
  id: number;
  kind: ShipentegraFaultKind;
  latencyMs?: number;
  retryAfterSeconds?: number;
}

export interface ShipentegraFaults {
  addLatency(milliseconds: number, scope?: ShipentegraFaultScope): number;
  /** 429 with `Retry-After`: no limits are documented upstream, but clients must honour one. */
  rateLimit(retryAfterSeconds: number, scope?: ShipentegraFaultScope): number;
  serverError(scope?: ShipentegraFaultScope): number;
  /** Reads the request and never answers. */
  timeout(scope?: ShipentegraFaultScope): number;
  /** Destroys the connection before doing anything. */
  dropConnection(scope?: ShipentegraFaultScope): number;
  /**
   * Does the work (creates the order, buys the label) and then destroys the connection: the
   * outcome-unknown case a client must recover from by looking the order up.
   */
  dropAfterProcessing(scope?: ShipentegraFaultScope): number;
  add(rule: Omit<ShipentegraFaultRule, 'id'>): number;
  remove(id: number): void;
  clear(): void;
  list(): readonly ShipentegraFaultRule[];
}

export interface FaultPlan {
  latencyMs: number;
  kind?: Exclude<ShipentegraFaultKind, 'latency'>;
  retryAfterSeconds?: number;
}

export function createFaultSwitches(seed: number) {
  const random = createSeededRandom(seed);
  const rules: ShipentegraFaultRule[] = [];
  let lastId = 0;

  const faults: ShipentegraFaults = {
    addLatency: (latencyMs, scope) => faults.add({ ...scope, kind: 'latency', latencyMs }),
    rateLimit: (retryAfterSeconds, scope) =>
      faults.add({ ...scope, kind: 'rate-limit', retryAfterSeconds }),
    serverError: (scope) => faults.add({ ...scope, kind: 'server-error' }),
    timeout: (scope) => faults.add({ ...scope, kind: 'timeout' }),
    dropConnection: (scope) => faults.add({ ...scope, kind: 'drop-connection' }),
    dropAfterProcessing: (scope) => faults.add({ ...scope, kind: 'drop-after-processing' }),
    add(rule) {
      lastId += 1;
      rules.push({ ...rule, id: lastId });

      return lastId;
    },
    remove(id) {
      const index = rules.findIndex((rule) => rule.id === id);

      if (index >= 0) {
        rules.splice(index, 1);
      }
    },
    clear: () => void rules.splice(0, rules.length),
    list: () => rules,
  };

  /** Which faults hit this request: all matching latencies add up, the first other one wins. */
  function planFault(method: string, path: string): FaultPlan {
    const plan: FaultPlan = { latencyMs: 0 };

    for (const rule of [...rules]) {
      const isTerminalTaken = rule.kind !== 'latency' && plan.kind !== undefined;

      if (
        isTerminalTaken ||
        !isInScope(rule, method, path) ||
        random.next() >= (rule.probability ?? 1)
      ) {
        continue;
      }

      if (rule.kind === 'latency') {
        plan.latencyMs += rule.latencyMs ?? 0;
      } else {
        plan.kind = rule.kind;
        plan.retryAfterSeconds = rule.retryAfterSeconds;
      }

      spendOnce(rule);
    }

    return plan;
  }

  function spendOnce(rule: ShipentegraFaultRule): void {
    if (rule.times === undefined) {
      return;
    }

    rule.times -= 1;

    if (rule.times <= 0) {
      faults.remove(rule.id);
    }
  }

  return { faults, planFault };
}

function isInScope(rule: ShipentegraFaultScope, method: string, path: string): boolean {
  if (rule.method && rule.method !== method) {
    return false;
  }

  if (rule.path instanceof RegExp) {
    return rule.path.test(path);
  }

  return !rule.path || path === rule.path || path.startsWith(`${rule.path}/`);
}
