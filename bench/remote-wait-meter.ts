import { AsyncLocalStorage } from 'node:async_hooks';
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { Agent } from 'node:https';
import { performance } from 'node:perf_hooks';

/** One remote exchange, request handed to the agent until its response's last byte. */
interface WaitInterval {
  startMs: number;
  endMs: number;
}

/** `addRequest` is what every node:https request calls on its agent, synchronously. */
interface AgentWithAddRequest {
  addRequest(request: ClientRequest, options: object): void;
}

/**
 * Attributes the time each request through the watched agents spends waiting on a remote to
 * the work that started it, so a label's own time can be told apart from the stand-ins' time.
 * Hooking the agents catches both the `amazon-sp-api` client and our own HTTPS calls.
 */
export function createRemoteWaitMeter() {
  const currentWork = new AsyncLocalStorage<string>();
  const waits = new Map<string, WaitInterval[]>();

  function recordWait(workId: string, interval: WaitInterval) {
    const list = waits.get(workId) ?? [];

    list.push(interval);
    waits.set(workId, list);
  }

  function watchRequest(workId: string, request: ClientRequest) {
    const startMs = performance.now();
    let isDone = false;
    const finish = () => {
      if (!isDone) {
        isDone = true;
        recordWait(workId, { startMs, endMs: performance.now() });
      }
    };

    request.once('response', (response: IncomingMessage) => response.once('end', finish));
    request.once('error', finish);
    request.once('close', finish);
  }

  return {
    /** Wraps the agent in place, so every holder of it (the app's clients too) is measured. */
    watchAgent(agent: Agent) {
      const hooked = agent as unknown as AgentWithAddRequest;
      const original = hooked.addRequest.bind(agent);

      hooked.addRequest = (request, options) => {
        const workId = currentWork.getStore();

        if (workId) {
          watchRequest(workId, request);
        }

        original(request, options);
      };
    },

    /** Runs `work` so the remote calls it starts count against `workId`. */
    runAs<T>(workId: string, work: () => Promise<T>): Promise<T> {
      return currentWork.run(workId, work);
    },

    /** Wall time `workId` waited on remotes, overlapping calls counted once. */
    waitedMs(workId: string): number {
      return mergedLength(waits.get(workId) ?? []);
    },
  };
}

export type RemoteWaitMeter = ReturnType<typeof createRemoteWaitMeter>;

function mergedLength(intervals: readonly WaitInterval[]): number {
  const sorted = [...intervals].sort((left, right) => left.startMs - right.startMs);
  let total = 0;
  let current: WaitInterval | undefined;

  for (const interval of sorted) {
    if (current && interval.startMs <= current.endMs) {
      current.endMs = Math.max(current.endMs, interval.endMs);
      continue;
    }

    total += current ? current.endMs - current.startMs : 0;
    current = { ...interval };
  }

  return total + (current ? current.endMs - current.startMs : 0);
}

/** The value at fraction `share` (0.5 median, 0.95 p95) of `values`, nearest-rank. */
export function percentileOf(values: readonly number[], share: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  const value = sorted[rank - 1];

  if (value === undefined) {
    throw new RangeError('percentileOf needs at least one value');
  }

  return value;
}
