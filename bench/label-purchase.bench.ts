import { performance } from 'node:perf_hooks';
import type { ShipmentAnswer } from '../shared/api/shipments.ts';
import { requestAs } from '../tests/helpers/accounts.ts';
import type { BenchFigure } from './bench-figure.ts';
import { type LabelBenchWorld, startLabelBenchWorld } from './label-bench-world.ts';
import { createRemoteWaitMeter, percentileOf, type RemoteWaitMeter } from './remote-wait-meter.ts';

// 50 labels bought at once, each through to Amazon's confirmation. A label's own time is its
// request's wall time minus the time it waited on the stand-ins. The stand-ins share this
// process, so own time also holds turns of the event loop spent on other labels and on the
// stand-ins: it is the latency a seller feels under load, not CPU per label. No limit yet: these
// are the reference figures later changes compare against.
const LABELS = 50;

interface LabelTiming {
  totalMs: number;
  waitedMs: number;
  isConfirmed: boolean;
}

export async function runBenchmark(): Promise<BenchFigure[]> {
  const world = await startLabelBenchWorld();

  try {
    const meter = createRemoteWaitMeter();

    meter.watchAgent(world.remotes.amazon);
    meter.watchAgent(world.remotes.shipentegra);

    const orderIds = world.openOrderIds.slice(0, LABELS);
    const timings = await Promise.all(orderIds.map((id) => buyTimedLabel(world, meter, id)));
    const confirmed = timings.filter((timing) => timing.isConfirmed).length;
    const sold = orderIds.reduce((sum, id) => sum + world.labelsSoldFor(id), 0);

    if (confirmed !== LABELS || sold !== LABELS) {
      throw new Error(`${LABELS} labels: ${confirmed} confirmed, ${sold} sold by the stand-in`);
    }

    return describeTimings(timings, confirmed, sold);
  } finally {
    await world.close();
  }
}

async function buyTimedLabel(
  world: LabelBenchWorld,
  meter: RemoteWaitMeter,
  orderId: string,
): Promise<LabelTiming> {
  const startedAt = performance.now();
  const response = await meter.runAs(orderId, () =>
    requestAs(world.app, world.token, `/api/orders/${orderId}/label`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${orderId}` },
      body: JSON.stringify({ serviceName: 'shipentegra-express' }),
    }),
  );
  const answer = (await response.json()) as ShipmentAnswer;

  return {
    totalMs: performance.now() - startedAt,
    waitedMs: meter.waitedMs(orderId),
    isConfirmed: response.status === 201 && answer.shipment?.state === 'confirmed',
  };
}

function describeTimings(timings: LabelTiming[], confirmed: number, sold: number): BenchFigure[] {
  const ownMs = timings.map((timing) => timing.totalMs - timing.waitedMs);
  const totalMs = timings.map((timing) => timing.totalMs);

  return [
    { name: 'label-purchase-own-time-median', value: percentileOf(ownMs, 0.5), unit: 'ms' },
    { name: 'label-purchase-own-time-p95', value: percentileOf(ownMs, 0.95), unit: 'ms' },
    { name: 'label-purchase-total-median', value: percentileOf(totalMs, 0.5), unit: 'ms' },
    { name: 'label-purchase-total-p95', value: percentileOf(totalMs, 0.95), unit: 'ms' },
    { name: 'label-purchase-confirmed', value: confirmed, unit: 'labels', limit: { min: LABELS } },
    {
      name: 'label-purchase-sold-by-stand-in',
      value: sold,
      unit: 'labels',
      limit: { max: LABELS },
    },
  ];
}
