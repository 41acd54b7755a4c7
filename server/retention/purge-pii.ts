import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';

type Writer = Pick<Db, 'run'>;

export interface PiiPurgeCounts {
  recipients: number;
  labels: number;
}

// Only orders still holding PII are looked at, so the hourly run does not scan every order.
const ORDERS_HOLDING_PII = sql`select order_id from order_recipients
  union select order_id from shipments
  where label_file_sealed is not null or label_url_sealed is not null`;

/**
 * Deletes the buyer's recipient row and nulls the label file and URL of every order whose PII
 * clock ran out: 30 days after confirmed delivery; without one, 30 days after Amazon's latest
 * delivery date (or an assumed one); a day after cancellation. Order ids, amounts, dates and
 * SKUs stay: they live in other tables and columns.
 */
export function purgeExpiredPii(
  db: Writer,
  rules: {
    asOf: Date;
    afterDeliveryMs: number;
    afterCancellationMs: number;
    assumedDeliveryMs: number;
  },
): PiiPurgeCounts {
  const asOf = rules.asOf.getTime();
  const dueOrders = sql`select o.id from orders o
    left join (select order_id, max(delivered_at) as delivered_at from shipments
               group by order_id) s on s.order_id = o.id
    where o.id in (${ORDERS_HOLDING_PII})
      and ((o.fulfillment_status = 'CANCELLED'
            and o.updated_at <= ${asOf - rules.afterCancellationMs})
        or coalesce(s.delivered_at, o.deliver_by_latest,
                    o.purchased_at + ${rules.assumedDeliveryMs}) <= ${asOf - rules.afterDeliveryMs})`;

  return erasePii(db, dueOrders, rules.asOf);
}

/**
 * Removes the PII of the orders `orderIds` selects (a subquery of order row ids): the sealed
 * recipient row goes, and the label file and URL are nulled with the moment they went.
 */
export function erasePii(db: Writer, orderIds: SQL, purgedAt: Date): PiiPurgeCounts {
  // Shipentegra's refusal text is kept for the seller as it came, and a carrier may quote the
  // address it refused (a street, a postcode): it goes with the rest of the buyer's data. First,
  // since `orderIds` may select by the PII the next statements remove.
  db.run(sql`update shipments set failure_message = ${REFUSAL_WITHOUT_DETAILS}
    where failure_code like 'SHIPENTEGRA_REFUSED_%' and order_id in (${orderIds})`);

  const recipients = db.run(sql`delete from order_recipients where order_id in (${orderIds})`);
  const labels = db.run(sql`update shipments
    set label_file_sealed = null, label_url_sealed = null, pii_purged_at = ${purgedAt.getTime()}
    where (label_file_sealed is not null or label_url_sealed is not null)
      and order_id in (${orderIds})`);

  return { recipients: recipients.changes, labels: labels.changes };
}

const REFUSAL_WITHOUT_DETAILS =
  "Shipentegra refused this label; its reason was deleted with the buyer's data.";
