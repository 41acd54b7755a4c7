import { eq } from 'drizzle-orm';
import {
  amazonConnections,
  listings,
  orders,
  shipentegraAccounts,
  tenants,
} from '../../server/db/schema.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { sendJson, signIn, signUp, type TestAccount } from './accounts.ts';
import { saveShipentegraAccount } from './label-seller.ts';
import { type SyncHarness, startSyncHarness } from './sync-harness.ts';

export interface IsolationWorld {
  harness: SyncHarness;
  /** The victim: connected to Amazon and Shipentegra, with synced orders and listings. */
  alpha: TestAccount;
  /** The attacker: a tenant of its own, calling every route with alpha's identifiers. */
  beta: TestAccount;
  alphaSeller: StandInSeller;
  alphaOrderIds: string[];
  alphaSkus: string[];
  /** Strings that identify alpha's data; none may appear in any answer given to beta. */
  alphaMarkers: string[];
  /** A fresh session for beta, for routes that end the session they are called with. */
  newBetaToken(): Promise<string>;
  close(): Promise<void>;
}

const ALPHA_COMPANY = 'Alpha Isolation Textiles';
const ALPHA_SHIPENTEGRA_CLIENT = 'alpha-shipentegra-client-7731';
const ALPHA_SENDER_NAME = 'Alpha Sender Ayşe';
const ALPHA_IOSS = 'IM0123456789';

/** Two real tenants on the real app; alpha's data comes in through the real sync. */
export async function buildIsolationWorld(): Promise<IsolationWorld> {
  const harness = await startSyncHarness({ demo: { ordersPerSeller: 12 } });
  const alpha = await signUp(harness.app, { companyName: ALPHA_COMPANY });
  const beta = await signUp(harness.app, { companyName: 'Beta Curious Goods' });
  const alphaSeller = harness.standIn.standIn.demo.sellers[0] as StandInSeller;
  const connection = harness.connect(alpha.tenantId, alphaSeller);

  await harness.runSync('orders', connection);
  await harness.runSync('inventory', connection);
  saveShipentegraAccount(harness.db, harness.masterKeys, alpha.tenantId, {
    clientId: ALPHA_SHIPENTEGRA_CLIENT,
    clientSecret: 'alpha-secret',
  });
  await saveShippingSetup(harness, alpha);

  const alphaOrderIds = harness.db
    .select({ id: orders.amazonOrderId })
    .from(orders)
    .where(eq(orders.tenantId, alpha.tenantId))
    .all()
    .map((row) => row.id);
  const alphaSkus = harness.db
    .select({ sku: listings.sku })
    .from(listings)
    .where(eq(listings.tenantId, alpha.tenantId))
    .all()
    .map((row) => row.sku);

  return {
    harness,
    alpha,
    beta,
    alphaSeller,
    alphaOrderIds,
    alphaSkus,
    alphaMarkers: [
      alpha.tenantId,
      alpha.userId,
      alpha.email,
      ALPHA_COMPANY,
      ALPHA_SHIPENTEGRA_CLIENT,
      ALPHA_SENDER_NAME,
      ALPHA_IOSS,
      alphaSeller.sellingPartnerId,
      ...alphaOrderIds,
      ...alphaSkus,
    ],
    newBetaToken: async () => (await signIn(harness.app, beta)).token,
    close: () => harness.close(),
  };
}

/** Alpha's sender address and a SKU profile, through the API as a seller would. */
async function saveShippingSetup(harness: SyncHarness, alpha: TestAccount): Promise<void> {
  const settings = await sendJson(
    harness.app,
    'PUT',
    '/api/settings/shipping',
    {
      sender: {
        name: ALPHA_SENDER_NAME,
        address1: 'Moda Caddesi 12',
        city: 'İstanbul',
        state: 'Kadıköy',
        postalCode: '34710',
        phone: '+90 532 123 45 67',
        email: 'alpha-sender@example.test',
      },
      iossNumber: ALPHA_IOSS,
    },
    { token: alpha.token },
  );
  const sku = harness.db
    .select({ sku: listings.sku })
    .from(listings)
    .where(eq(listings.tenantId, alpha.tenantId))
    .get()?.sku;
  const profile = await sendJson(
    harness.app,
    'PUT',
    `/api/skus/${encodeURIComponent(sku ?? '')}/shipping-profile`,
    { weightGrams: 250, lengthCm: 20, widthCm: 15, heightCm: 5, hsCode: '711319' },
    { token: alpha.token },
  );

  if (settings.status !== 200 || profile.status !== 200) {
    throw new Error(`alpha's shipping setup failed: ${settings.status} ${profile.status}`);
  }
}

/** Alpha's rows that beta's calls must leave exactly as they were. */
export function snapshotAlpha(world: IsolationWorld) {
  const { db } = world.harness;
  const tenantId = world.alpha.tenantId;

  return {
    tenant: db.select().from(tenants).where(eq(tenants.id, tenantId)).get(),
    amazon: db
      .select()
      .from(amazonConnections)
      .where(eq(amazonConnections.tenantId, tenantId))
      .all(),
    shipentegra: db
      .select()
      .from(shipentegraAccounts)
      .where(eq(shipentegraAccounts.tenantId, tenantId))
      .get(),
    orders: db.select().from(orders).where(eq(orders.tenantId, tenantId)).all().length,
    listings: db.select().from(listings).where(eq(listings.tenantId, tenantId)).all().length,
  };
}
