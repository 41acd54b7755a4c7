import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders, shipments } from '../../server/db/schema.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import type { QuotesResponse } from '../../shared/api/quotes.ts';
import type { ShipmentAnswer } from '../../shared/api/shipments.ts';
import { findLeaks, requestAs, sendJson } from '../helpers/accounts.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

function buyerStringsOf(order: StandInOrder): string[] {
  const address = order.deliveryAddress;

  return [address.name, address.addressLine1, address.phone, order.buyer.buyerEmail].filter(
    (text): text is string => Boolean(text),
  );
}

describe('label routes (issue #5)', () => {
  it('quotes an order from its SKU profiles, marking the cheapest and the fastest', async () => {
    const order = world.takeOrder();
    const response = await requestAs(
      world.app,
      world.account.token,
      `/api/orders/${order.orderId}/quotes`,
    );
    const body = (await response.json()) as QuotesResponse;

    expect(response.status).toBe(200);
    expect(body.country).toBe('US');
    expect(body.quotes.length).toBeGreaterThan(0);
    expect(body.quotes.filter((quote) => quote.isCheapest)).toHaveLength(1);
    expect(body.quotes.some((quote) => quote.isFastest)).toBe(true);
  });

  it('refuses a purchase without an Idempotency-Key', async () => {
    const response = await world.postLabel(world.takeOrder().orderId, null);

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[0].path).toBe('Idempotency-Key');
  });

  it('answers 422 naming each field a seller can fix, before any remote call', async () => {
    const order = world.spapi.store
      .listOrders(world.seller.sellingPartnerId)
      .find((entry) => entry.fulfilledBy === 'AMAZON');
    const before = world.shipentegra.requests.length;
    const response = await world.postLabel(order?.orderId ?? 'missing', 'fba-order-key-1');
    const body = await response.json();

    expect(response.status).toBe(422);
    expect(body.error.code).toBe('LABEL_NOT_READY');
    expect(body.error.fields.map((field: { path: string }) => field.path)).toContain(
      'order.fulfilledBy',
    );
    expect(world.shipentegra.requests.length).toBe(before);
  });

  it('refuses a second address line that does not fit, naming it, with nothing bought', async () => {
    const order = world.takeOrder();

    order.deliveryAddress.addressLine1 = 'Apartment 1204 North Tower Residences';
    order.deliveryAddress.addressLine2 = 'Lakeshore Boulevard West Extension Road Number 2250';

    const response = await world.postLabel(order.orderId, `long-second-line-${order.orderId}`);
    const body = await response.json();
    const sentToShipentegra = world.shipentegra.store
      .orders()
      .filter((entry) => entry.number.startsWith(`${order.orderId}-`));

    expect(response.status).toBe(422);
    expect(body.error.code).toBe('LABEL_NOT_READY');
    expect(body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      'recipient.address2',
    ]);
    expect(world.shipmentsOf(order.orderId)[0]?.failureCode).toBe('LABEL_NOT_READY');
    expect(sentToShipentegra).toEqual([]);
  });

  it('buys, answers the same shipment for the same key, 409 with it for another key', async () => {
    const order = world.takeOrder();
    const first = await world.postLabel(order.orderId, `route-key-${order.orderId}`);
    const created = (await first.json()) as ShipmentAnswer;
    const again = await world.postLabel(order.orderId, `route-key-${order.orderId}`);
    const other = await world.postLabel(order.orderId, `route-other-${order.orderId}`);
    const otherBody = await other.json();

    expect(first.status).toBe(201);
    expect(created.shipment?.state).toBe('confirmed');
    expect(created.shipment?.step).toBe('track');
    expect(again.status).toBe(200);
    expect(((await again.json()) as ShipmentAnswer).shipment?.id).toBe(created.shipment?.id);
    expect(other.status).toBe(409);
    expect(otherBody.error.code).toBe('CONFLICT');
    expect(otherBody.shipment.id).toBe(created.shipment?.id);
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
  });

  it('still answers the shipment once the order synced as shipped, not a 422', async () => {
    const order = world.takeOrder();
    const first = await world.postLabel(order.orderId, `shipped-${order.orderId}`);

    world.db
      .update(orders)
      .set({ fulfillmentStatus: 'SHIPPED' })
      .where(eq(orders.amazonOrderId, order.orderId))
      .run();

    const again = await world.postLabel(order.orderId, `shipped-${order.orderId}`);
    const other = await world.postLabel(order.orderId, `shipped-other-${order.orderId}`);

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(other.status).toBe(409);
  });

  it('shows the shipment and serves its label file, uncached and audited', async () => {
    const order = world.takeOrder();
    const bought = (await (
      await world.postLabel(order.orderId, `file-${order.orderId}`)
    ).json()) as ShipmentAnswer;
    const shown = await requestAs(
      world.app,
      world.account.token,
      `/api/orders/${order.orderId}/shipment`,
    );
    const view = ((await shown.json()) as ShipmentAnswer).shipment;
    const file = await requestAs(
      world.app,
      world.account.token,
      `/api/shipments/${bought.shipment?.id}/label`,
    );
    const bytes = Buffer.from(await file.arrayBuffer());

    const detail = await requestAs(world.app, world.account.token, `/api/orders/${order.orderId}`);

    expect(view?.trackingNumber).toBe(bought.shipment?.trackingNumber);
    expect(((await detail.json()) as ShipmentAnswer).shipment).toEqual(view);
    expect(view?.amazon.verifiedAt).not.toBeNull();
    expect(view?.cost?.currency).toBe('USD');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const audit = await requestAs(world.app, world.account.token, '/api/audit?limit=200');
    const types = ((await audit.json()).events as { type: string }[]).map((event) => event.type);

    expect(types).toEqual(expect.arrayContaining(['pii.read', 'label.purchased']));
  });

  it('answers 404 for a label file retention purged', async () => {
    const order = world.takeOrder();
    const bought = (await (
      await world.postLabel(order.orderId, `purged-${order.orderId}`)
    ).json()) as ShipmentAnswer;
    const id = bought.shipment?.id ?? 'missing';

    world.db
      .update(shipments)
      .set({ labelFileSealed: null, labelUrlSealed: null, piiPurgedAt: new Date() })
      .where(eq(shipments.id, id))
      .run();

    const file = await requestAs(world.app, world.account.token, `/api/shipments/${id}/label`);

    expect(file.status).toBe(404);
    expect((await file.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers no shipment yet as null, and an unknown order as 404', async () => {
    const order = world.takeOrder();
    const none = await requestAs(
      world.app,
      world.account.token,
      `/api/orders/${order.orderId}/shipment`,
    );
    const unknown = await requestAs(
      world.app,
      world.account.token,
      '/api/orders/111-0000000-0000000/shipment',
    );

    expect(await none.json()).toEqual({ shipment: null });
    expect(unknown.status).toBe(404);
  });

  // Issue #7 item 7 too: a whole label flow with its logs captured.
  it('logs no buyer PII, token or secret, and stores no buyer PII in plain text', async () => {
    const order = world.takeOrder();

    await world.postLabel(order.orderId, `leaks-${order.orderId}`);

    const raw = world.sqlite.serialize().toString('latin1');
    const secrets = [
      world.account.token,
      world.account.password,
      world.seller.refreshToken,
      SHIPENTEGRA_DEMO_ACCOUNT.clientSecret,
    ];

    expect(findLeaks(world.logLines, [...buyerStringsOf(order), ...secrets])).toEqual([]);
    expect(buyerStringsOf(order).filter((text) => raw.includes(text))).toEqual([]);
  });

  // Last: it turns the policy on for the tenant every other test here buys with.
  it('refuses a purchase to a user without MFA when the tenant requires it', async () => {
    const order = world.takeOrder();
    const policy = await sendJson(
      world.app,
      'PUT',
      '/api/tenant/settings/security',
      { mfaRequired: true },
      { token: world.account.token },
    );
    const response = await world.postLabel(order.orderId, `mfa-${order.orderId}`);

    expect(policy.status).toBe(200);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('MFA_REQUIRED_BY_TENANT');
    expect(world.shipmentsOf(order.orderId)).toEqual([]);
  });
});
