import type { BenchFigure } from './bench-figure.ts';
import {
  measureBestOf,
  measureRate,
  type RateMeasurement,
  withBenchDatabase,
} from './bench-measure.ts';
import { createOrderLikeRows, type OrderLikeRow } from './order-like-rows.ts';

// Shaped like the orders table: text id, tenant-scoped unique Amazon id, an index for the
// "changed since" listing. Later benchmarks divide their own cost by these figures.
const CREATE_TABLE = `
  create table bench_orders (
    id text primary key,
    tenant_id text not null,
    amazon_order_id text not null,
    marketplace_id text not null,
    order_status text not null,
    fulfillment_channel text not null,
    purchase_date integer not null,
    last_updated_at integer not null,
    order_total_cents integer not null,
    currency text not null,
    item_count integer not null,
    ship_service_level text not null,
    is_prime integer not null
  );
  create unique index bench_orders_amazon_id on bench_orders (tenant_id, amazon_order_id);
  create index bench_orders_updated on bench_orders (tenant_id, last_updated_at);
`;

const INSERT = `
  insert into bench_orders values (@id, @tenantId, @amazonOrderId, @marketplaceId, @orderStatus,
    @fulfillmentChannel, @purchaseDate, @lastUpdatedAt, @orderTotalCents, @currency, @itemCount,
    @shipServiceLevel, @isPrime)
`;

const ROWS = 100_000;

/** Prepared INSERTs in transactions of `batchSize` rows into a fresh file database. */
export function measureRawInsertRate(
  rows: readonly OrderLikeRow[],
  batchSize = 1_000,
): Promise<RateMeasurement> {
  return withBenchDatabase(({ sqlite }) => {
    sqlite.exec(CREATE_TABLE);

    const insert = sqlite.prepare(INSERT);
    const insertBatch = sqlite.transaction((batch: readonly OrderLikeRow[]) => {
      for (const row of batch) {
        insert.run(row);
      }
    });

    return measureRate(() => {
      for (let start = 0; start < rows.length; start += batchSize) {
        insertBatch(rows.slice(start, start + batchSize));
      }

      return rows.length;
    });
  });
}

export interface RawReadRates {
  /** One order by tenant and Amazon order id, per second. */
  point: RateMeasurement;
  /** Rows per second read through the tenant's "changed since" index, `pageSize` at a time. */
  range: RateMeasurement;
}

export function measureRawReadRates(
  rows: readonly OrderLikeRow[],
  { pointReads = 100_000, rangeQueries = 5_000, pageSize = 100 } = {},
): Promise<RawReadRates> {
  return withBenchDatabase(async ({ sqlite }) => {
    sqlite.exec(CREATE_TABLE);

    const insert = sqlite.prepare(INSERT);

    sqlite.transaction(() => {
      for (const row of rows) {
        insert.run(row);
      }
    })();

    const selectOne = sqlite.prepare(
      'select * from bench_orders where tenant_id = ? and amazon_order_id = ?',
    );
    const selectPage = sqlite.prepare(`
      select * from bench_orders where tenant_id = ? and last_updated_at >= ?
      order by last_updated_at limit ?
    `);
    // A stride that is prime to the row count visits rows all over the table, not in order.
    const rowAt = (index: number) => rows[(index * 7_919) % rows.length] as OrderLikeRow;

    const point = await measureRate(() => {
      for (let index = 0; index < pointReads; index += 1) {
        const row = rowAt(index);

        selectOne.get(row.tenantId, row.amazonOrderId);
      }

      return pointReads;
    });
    const range = await measureRate(() => {
      let rowsRead = 0;

      for (let index = 0; index < rangeQueries; index += 1) {
        const row = rowAt(index);

        rowsRead += selectPage.all(row.tenantId, row.lastUpdatedAt, pageSize).length;
      }

      return rowsRead;
    });

    return { point, range };
  });
}

export async function runBenchmark(): Promise<BenchFigure[]> {
  const rows = createOrderLikeRows(ROWS);
  const insert = await measureBestOf(3, () => measureRawInsertRate(rows));
  const reads = await measureRawReadRates(rows);

  return [
    { name: 'raw-sqlite-insert', value: insert.perSecond, unit: 'rows/s' },
    { name: 'raw-sqlite-insert-cpu', value: insert.cpuMicrosPerItem, unit: 'µs CPU/row' },
    { name: 'raw-sqlite-point-read', value: reads.point.perSecond, unit: 'reads/s' },
    { name: 'raw-sqlite-range-read', value: reads.range.perSecond, unit: 'rows/s' },
  ];
}
