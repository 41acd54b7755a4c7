import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/connection.ts';
import { orderItems, orders } from '../db/schema.ts';
import type { OrderSnapshot } from './order-sync-page.ts';
import { type CursorAddress, type SyncCursor, saveSyncCursor } from './sync-cursors.ts';
import { addSyncRunProgress } from './sync-runs.ts';

const placeholder = sql.placeholder;

export interface OrderPageCommit {
  address: CursorAddress;
  runId: string;
  orders: OrderSnapshot[];
  /** Where the next page starts, or the completed pass after the last page. */
  next: SyncCursor;
  retries: number;
  progress: number;
  now: Date;
}

/**
 * Stores pages of orders. The statements are prepared once: a sync writes thousands of rows,
 * and building each query anew would cost more than SQLite's own work.
 */
export interface OrderPageWriter {
  /**
   * The page's orders and their lines, the cursor after the page and the run's counts, all in
   * one transaction: a stop between pages loses nothing and stores nothing twice.
   */
  commitPage(commit: OrderPageCommit): number;
}

export function createOrderPageWriter(db: Db): OrderPageWriter {
  const upsertOrder = prepareOrderUpsert(db);
  const upsertItem = prepareItemUpsert(db);

  const writeOrders = ({ address, orders: page, now }: OrderPageCommit) => {
    const { tenantId, region } = address;
    let written = 0;

    for (const order of page) {
      const { items, ...fields } = order;
      const stored = upsertOrder.get({
        ...fields,
        ...timesOf(order, now),
        id: randomUUID(),
        tenantId,
        region,
      });

      // Nothing comes back when the stored row is newer (an overlapping or late page).
      if (!stored) {
        continue;
      }

      written += 1;

      // Amazon never removes a line from an order (a cancelled line stays, with its
      // cancellation), so upserting the lines it sends leaves exactly Amazon's lines.
      for (const item of items) {
        upsertItem.run({ ...item, orderId: stored.id, tenantId });
      }
    }

    return written;
  };

  return {
    commitPage(commit) {
      return db.transaction((tx) => {
        const records = writeOrders(commit);
        const { retries, progress, now } = commit;

        saveSyncCursor(tx, commit.address, commit.next, now);
        addSyncRunProgress(tx, commit.runId, { pages: 1, records, retries, progress }, now);

        return records;
      });
    },
  };
}

// Drizzle's date encoder fails on null, and Amazon leaves some windows out: dates go in as
// milliseconds through placeholders that bypass the encoder.
function timesOf(order: OrderSnapshot, now: Date) {
  const ms = (date: Date | null) => date?.getTime() ?? null;

  return {
    purchasedAt: ms(order.purchasedAt),
    amazonUpdatedAt: ms(order.amazonUpdatedAt),
    shipByLatest: ms(order.shipByLatest),
    deliverByEarliest: ms(order.deliverByEarliest),
    deliverByLatest: ms(order.deliverByLatest),
    now: now.getTime(),
  };
}

function millisecondsPlaceholder(name: string): SQL {
  return sql`${placeholder(name)}`;
}

// The value the conflicting insert tried to write, for ON CONFLICT DO UPDATE.
function excluded(column: SQLiteColumn): SQL {
  return sql.raw(`excluded."${column.name}"`);
}

function prepareOrderUpsert(db: Db) {
  return db
    .insert(orders)
    .values({
      id: placeholder('id'),
      tenantId: placeholder('tenantId'),
      region: placeholder('region'),
      amazonOrderId: placeholder('amazonOrderId'),
      marketplaceId: placeholder('marketplaceId'),
      fulfillmentStatus: placeholder('fulfillmentStatus'),
      fulfilledBy: placeholder('fulfilledBy'),
      serviceLevel: placeholder('serviceLevel'),
      isPrime: placeholder('isPrime'),
      purchasedAt: millisecondsPlaceholder('purchasedAt'),
      amazonUpdatedAt: millisecondsPlaceholder('amazonUpdatedAt'),
      shipByLatest: millisecondsPlaceholder('shipByLatest'),
      deliverByEarliest: millisecondsPlaceholder('deliverByEarliest'),
      deliverByLatest: millisecondsPlaceholder('deliverByLatest'),
      totalAmount: placeholder('totalAmount'),
      currencyCode: placeholder('currencyCode'),
      createdAt: millisecondsPlaceholder('now'),
      updatedAt: millisecondsPlaceholder('now'),
    })
    .onConflictDoUpdate({
      target: [orders.tenantId, orders.amazonOrderId],
      set: {
        marketplaceId: excluded(orders.marketplaceId),
        fulfillmentStatus: excluded(orders.fulfillmentStatus),
        fulfilledBy: excluded(orders.fulfilledBy),
        serviceLevel: excluded(orders.serviceLevel),
        isPrime: excluded(orders.isPrime),
        purchasedAt: excluded(orders.purchasedAt),
        amazonUpdatedAt: excluded(orders.amazonUpdatedAt),
        shipByLatest: excluded(orders.shipByLatest),
        deliverByEarliest: excluded(orders.deliverByEarliest),
        deliverByLatest: excluded(orders.deliverByLatest),
        totalAmount: excluded(orders.totalAmount),
        currencyCode: excluded(orders.currencyCode),
        updatedAt: excluded(orders.updatedAt),
      },
      // Overlapping windows and retried pages bring old snapshots back: never go backwards.
      setWhere: sql`${excluded(orders.amazonUpdatedAt)} >= ${orders.amazonUpdatedAt}`,
    })
    .returning({ id: orders.id })
    .prepare();
}

function prepareItemUpsert(db: Db) {
  return db
    .insert(orderItems)
    .values({
      orderId: placeholder('orderId'),
      tenantId: placeholder('tenantId'),
      amazonOrderItemId: placeholder('amazonOrderItemId'),
      asin: placeholder('asin'),
      sellerSku: placeholder('sellerSku'),
      title: placeholder('title'),
      quantityOrdered: placeholder('quantityOrdered'),
      quantityShipped: placeholder('quantityShipped'),
      unitPriceAmount: placeholder('unitPriceAmount'),
      subtotalAmount: placeholder('subtotalAmount'),
      currencyCode: placeholder('currencyCode'),
      amazonIossNumber: placeholder('amazonIossNumber'),
    })
    .onConflictDoUpdate({
      target: [orderItems.orderId, orderItems.amazonOrderItemId],
      set: {
        asin: excluded(orderItems.asin),
        sellerSku: excluded(orderItems.sellerSku),
        title: excluded(orderItems.title),
        quantityOrdered: excluded(orderItems.quantityOrdered),
        quantityShipped: excluded(orderItems.quantityShipped),
        unitPriceAmount: excluded(orderItems.unitPriceAmount),
        subtotalAmount: excluded(orderItems.subtotalAmount),
        currencyCode: excluded(orderItems.currencyCode),
        amazonIossNumber: excluded(orderItems.amazonIossNumber),
      },
    })
    .prepare();
}
