import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { SpApiCaller } from '../amazon/spapi-caller.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { loadTenantSealer } from '../crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import { orderRecipients } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import { auditActorOf, type LabelActor } from './label-run.ts';
import { type OrderRecipient, openRecipient, sealRecipient } from './order-recipient.ts';

const text = z.string().nullish();
const PiiOrderSchema = z.looseObject({
  order: z.looseObject({
    recipient: z
      .looseObject({
        deliveryAddress: z.looseObject({
          name: text,
          companyName: text,
          addressLine1: text,
          addressLine2: text,
          addressLine3: text,
          city: text,
          districtOrCounty: text,
          stateOrRegion: text,
          postalCode: text,
          countryCode: z.string(),
          phone: text,
        }),
      })
      .optional(),
    buyer: z.looseObject({ buyerEmail: text }).optional(),
  }),
});

export interface RecipientSource {
  db: Db;
  masterKeys: MasterKeyRing;
  tenantId: string;
  order: { id: string; amazonOrderId: string };
  /** Who the read is for: the seller's request or the resume job, named in its audit event. */
  actor: LabelActor;
  now: Date;
}

/**
 * The buyer's address: sealed in `order_recipients` once fetched, so a resumed shipment does
 * not ask Amazon again. Amazon gives it only with the Direct-to-Consumer Delivery role; the
 * read is audited with the order id and who it was for, never the address itself.
 */
export async function loadOrFetchRecipient(
  source: RecipientSource,
  amazon: () => SpApiCaller,
): Promise<OrderRecipient | null> {
  const sealer = loadTenantSealer(source.db, source.masterKeys, source.tenantId);
  const stored = source.db
    .select()
    .from(orderRecipients)
    .where(
      whereTenant(
        orderRecipients.tenantId,
        source.tenantId,
        eq(orderRecipients.orderId, source.order.id),
      ),
    )
    .get();

  if (stored) {
    return openRecipient(sealer, source.order.id, stored.recipientSealed);
  }

  const recipient = await fetchRecipient(amazon(), source.order.amazonOrderId);

  if (!recipient) {
    return null;
  }

  source.db.transaction((tx) => {
    tx.insert(orderRecipients)
      .values({
        orderId: source.order.id,
        tenantId: source.tenantId,
        recipientSealed: sealRecipient(sealer, source.order.id, recipient),
        fetchedAt: source.now,
        createdAt: source.now,
      })
      .onConflictDoNothing()
      .run();
    recordAuditEvent(tx, {
      tenantId: source.tenantId,
      ...auditActorOf(source.actor),
      type: 'pii.read',
      details: {
        orderId: source.order.amazonOrderId,
        source: 'amazon',
        purpose: 'label',
        via: source.actor.via,
      },
      now: source.now,
    });
  });

  return recipient;
}

async function fetchRecipient(caller: SpApiCaller, amazonOrderId: string) {
  const response = await caller.call({
    operation: 'getOrder',
    endpoint: 'orders',
    path: { orderId: amazonOrderId },
    query: { includedData: ['RECIPIENT', 'BUYER'] },
  });
  const { order } = PiiOrderSchema.parse(response.body);
  const address = order.recipient?.deliveryAddress;

  if (!address) {
    return null;
  }

  return {
    name: address.name ?? null,
    companyName: address.companyName ?? null,
    address1: address.addressLine1 ?? null,
    address2: address.addressLine2 ?? null,
    address3: address.addressLine3 ?? null,
    city: address.city ?? null,
    districtOrCounty: address.districtOrCounty ?? null,
    stateOrRegion: address.stateOrRegion ?? null,
    postalCode: address.postalCode ?? null,
    countryCode: address.countryCode,
    phone: address.phone ?? null,
    email: order.buyer?.buyerEmail ?? null,
  } satisfies OrderRecipient;
}
