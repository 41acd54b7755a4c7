import type { BenchFigure } from './bench-figure.ts';
import { measureIngestCost } from './sync-orders-ingest.ts';
import { measureSyncThroughput } from './sync-orders-throughput.ts';

// 5,000 orders are 50 pages a seller: 20 in the burst, then 30 at searchOrders' 0.0056/s, so
// about 5,360 Amazon seconds. At 180x that is about 30 real seconds.
const SETTINGS = { tenants: 10, ordersPerTenant: 5_000, timeScale: 180 };

export async function runBenchmark(): Promise<BenchFigure[]> {
  const ingest = await measureIngestCost(SETTINGS.tenants, 2_000);
  const throughput = await measureSyncThroughput(SETTINGS);
  const expectedOrders = SETTINGS.tenants * SETTINGS.ordersPerTenant;

  if (throughput.ordersStored !== expectedOrders) {
    throw new Error(`stored ${throughput.ordersStored} orders, expected ${expectedOrders}`);
  }

  return [
    {
      name: 'sync-orders-elapsed-vs-usage-plan',
      value: throughput.elapsedMs / throughput.minimumMs,
      unit: 'ratio',
      limit: { max: 1.1 },
    },
    {
      name: 'sync-orders-throttled-per-1000-calls',
      value: (throughput.throttled / throughput.calls) * 1_000,
      unit: '429s/1000 calls',
      limit: { max: 1 },
    },
    { name: 'sync-orders-elapsed', value: throughput.elapsedMs / 1_000, unit: 's' },
    {
      name: 'sync-orders-ingest-cpu-vs-raw-inserts',
      value: ingest.ours.cpuMicrosPerItem / ingest.raw.cpuMicrosPerItem,
      unit: 'ratio',
      limit: { max: 3 },
    },
    { name: 'sync-orders-ingest-cpu', value: ingest.ours.cpuMicrosPerItem, unit: 'µs CPU/order' },
    {
      name: 'sync-orders-raw-insert-cpu',
      value: ingest.raw.cpuMicrosPerItem,
      unit: 'µs CPU/order',
    },
  ];
}
