import { createSeededRandom } from './seeded-random.ts';

/**
 * - `latency`: answer `latencyMs` later (latencies of several rules add up);
 * - `throttle`: 429 QuotaExceeded without touching the usage plan;
 * - `error`: 500 or 503 InternalFailure;
 * - `timeout`: hold the request and never answer (until the stand-in closes);
 * - `drop`: destroy the connection before doing anything;
 * - `drop-after-processing`: do the work, then destroy the connection: the caller cannot
 *   know whether the operation took effect.
 */
export type FaultKind =
  | 'latency'
  | 'throttle'
  | 'error'
  | 'timeout'
  | 'drop'
  | 'drop-after-processing';

export interface FaultRule {
  kind: FaultKind;
  /** Only this operation (`getOrder`, `orders-v0:confirmShipment`, or `lwa` for tokens). */
  operation?: string;
  /** Only the next N matching calls; unlimited when absent. */
  times?: number;
  /** Each matching call is hit with this probability, drawn from the seeded PRNG. */
  probability?: number;
  latencyMs?: number;
  status?: 500 | 503;
}

export interface FaultDecision {
  latencyMs: number;
  action?: Exclude<FaultKind, 'latency'>;
  status?: 500 | 503;
}

export interface StandInFaults {
  /** Adds a rule and returns its id. */
  add(rule: FaultRule): string;
  remove(id: string): void;
  clear(): void;
  list(): readonly (FaultRule & { id: string })[];
  /** What to do to one call of `operationKey` (`<api>:<operationId>` or `lwa`). */
  decide(operationKey: string): FaultDecision;
}

/** Fault switches; random ones draw from a PRNG seeded like the demo data, so runs repeat. */
export function createFaults(seed: number): StandInFaults {
  const random = createSeededRandom(seed, 'faults');
  const rules: (FaultRule & { id: string })[] = [];
  let nextId = 1;

  const isInScope = (rule: FaultRule, operationKey: string) =>
    rule.operation === undefined
      ? operationKey !== 'lwa'
      : rule.operation === operationKey || operationKey.endsWith(`:${rule.operation}`);

  const consume = (rule: FaultRule & { id: string }) => {
    if (rule.times !== undefined) {
      rule.times -= 1;

      if (rule.times <= 0) {
        rules.splice(rules.indexOf(rule), 1);
      }
    }
  };

  return {
    add(rule) {
      const id = `fault-${nextId++}`;
      rules.push({ ...rule, id });
      return id;
    },

    remove(id) {
      const index = rules.findIndex((rule) => rule.id === id);

      if (index >= 0) {
        rules.splice(index, 1);
      }
    },

    clear: () => {
      rules.length = 0;
    },

    list: () => rules.map((rule) => ({ ...rule })),

    decide(operationKey) {
      const decision: FaultDecision = { latencyMs: 0 };

      for (const rule of [...rules]) {
        const isHit = isInScope(rule, operationKey) && random.isHit(rule.probability ?? 1);

        if (!isHit || (rule.kind !== 'latency' && decision.action)) {
          continue;
        }

        consume(rule);

        if (rule.kind === 'latency') {
          decision.latencyMs += rule.latencyMs ?? 0;
        } else {
          decision.action = rule.kind;
          decision.status = rule.status ?? 500;
        }
      }

      return decision;
    },
  };
}
