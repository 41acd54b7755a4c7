import type { FaultRule } from './faults.ts';
import { readBody, sendBody, sendJson } from './http-exchange.ts';
import { type Exchange, recordExchange, type StandInRuntime } from './stand-in-runtime.ts';

export const FAULTS_PATH = '/__stand-in/faults';

const KINDS = new Set(['latency', 'throttle', 'error', 'timeout', 'drop', 'drop-after-processing']);

/**
 * Fault switches over HTTP, for a stand-in running in another process: POST a rule, GET the
 * list, DELETE one (`/__stand-in/faults/<id>`) or all. Amazon has no such path, so it cannot
 * collide with an API route.
 */
export async function handleFaultAdmin(runtime: StandInRuntime, exchange: Exchange): Promise<void> {
  const { request, response, url } = exchange;
  const id = url.pathname.slice(FAULTS_PATH.length + 1);

  if (request.method === 'POST') {
    const rule = parseRule(await readBody(request));

    if (rule) {
      sendJson(response, 201, { id: runtime.faults.add(rule) });
    } else {
      sendJson(response, 400, {
        error: 'Send { kind, operation?, times?, probability?, latencyMs?, status? }.',
      });
    }
  } else if (request.method === 'DELETE') {
    if (id) {
      runtime.faults.remove(id);
    } else {
      runtime.faults.clear();
    }

    sendBody(response, 204, '', {});
  } else {
    sendJson(response, 200, { faults: runtime.faults.list() });
  }

  recordExchange(runtime, exchange, 'stand-in:faults', response.statusCode);
}

function parseRule(body: Buffer): FaultRule | undefined {
  try {
    const rule = JSON.parse(body.toString('utf8')) as FaultRule;
    return typeof rule === 'object' && rule !== null && KINDS.has(rule.kind) ? rule : undefined;
  } catch {
    return undefined;
  }
}
