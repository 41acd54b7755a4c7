import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createApp } from '../server/app.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../server/crypto/master-key-ring.ts';
import { openDatabase } from '../server/db/connection.ts';
import { applyMigrations } from '../server/db/migrate.ts';
import { createLogger } from '../server/logger.ts';
import { createRemoteAgents, type RemoteAgents } from '../server/net/remote-hosts.ts';
import {
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../server/sandbox/certificate-authority.ts';
import {
  SHIPENTEGRA_DEMO_ACCOUNT,
  startShipentegraStandIn,
} from '../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { startSpApiStandIn } from '../server/sandbox/spapi/spapi-stand-in.ts';
import type { StandInSeller } from '../server/sandbox/spapi/store/world.ts';
import { createLabelServices } from '../server/shipping/label-services.ts';
import { DEV_EXTENSION_ORIGIN } from '../shared/extension-identity.ts';
import { signUp } from '../tests/helpers/accounts.ts';
import { prepareLabelSeller } from '../tests/helpers/label-seller.ts';
import { TEST_APP } from '../tests/helpers/spapi-stand-in-harness.ts';

/**
 * Amazon's usage plans, on the stand-in and in the app's own limiter, run 1000x faster, so
 * confirmShipment's rate limit does not queue 50 confirmations and the figures show the work.
 */
const TIME_SCALE = 1_000;

// About a quarter of the demo orders are unshipped merchant orders; 300 leave room for 50.
const ORDERS_PER_SELLER = 300;

/** The real app on a database file, both stand-ins over TLS, and one seller ready to ship. */
export async function startLabelBenchWorld() {
  const ca = createCertificateAuthority(generateCertificateAuthority());
  const spapi = await startSpApiStandIn({
    ...TEST_APP,
    ca,
    timeScale: TIME_SCALE,
    demo: { ordersPerSeller: ORDERS_PER_SELLER },
  });
  // 50 labels cost more than the demo account's balance.
  const shipentegra = await startShipentegraStandIn({
    ca,
    seed: 7,
    exceptionShare: 0,
    timeScale: TIME_SCALE,
    accounts: [{ ...SHIPENTEGRA_DEMO_ACCOUNT, balance: 1_000_000 }],
  });
  const remotes = createRemoteAgents(
    { spapi: spapi.origin, lwa: spapi.origin, shipentegra: shipentegra.origin },
    ca.cert,
  );
  const dir = mkdtempSync(join(tmpdir(), 'kayistra-label-bench-'));
  const testApp = startBenchApp(remotes, join(dir, 'bench.db'));
  const seller = spapi.demo.sellers[0] as StandInSeller;
  const standInOrders = spapi.store.listOrders(seller.sellingPartnerId);
  const close = async () => {
    remotes.amazon.destroy();
    remotes.shipentegra.destroy();
    await Promise.all([spapi.close(), shipentegra.close()]);
    testApp.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const token = await prepareOrClose(close, async () => {
    const account = await signUp(testApp.app, { companyName: 'Bench Crafts' });

    prepareLabelSeller({ ...testApp, tenantId: account.tenantId, seller, standInOrders });

    return account.token;
  });

  return {
    app: testApp.app,
    token,
    remotes,
    /** Unshipped merchant orders to US addresses with a state: the ones that can be labelled. */
    openOrderIds: standInOrders
      .filter((order) => order.fulfilledBy === 'MERCHANT')
      .filter((order) => order.fulfillmentStatus === 'UNSHIPPED')
      .filter((order) => order.deliveryAddress.countryCode === 'US')
      .filter((order) => Boolean(order.deliveryAddress.stateOrRegion))
      .map((order) => order.orderId),
    /** Labels the Shipentegra stand-in sold for an Amazon order, across attempt numbers. */
    labelsSoldFor(amazonOrderId: string) {
      return shipentegra.store
        .orders()
        .filter((order) => order.number.startsWith(`${amazonOrderId}-`) && order.label).length;
    },
    close,
  };
}

export type LabelBenchWorld = Awaited<ReturnType<typeof startLabelBenchWorld>>;

// A failed set-up still closes the stand-ins' servers, or the bench process never exits.
async function prepareOrClose<T>(close: () => Promise<void>, prepare: () => Promise<T>) {
  try {
    return await prepare();
  } catch (error) {
    await close();
    throw error;
  }
}

/** The app as server/main.ts builds it, on a database file, logging at info to nowhere. */
function startBenchApp(remotes: RemoteAgents, databasePath: string) {
  const database = openDatabase(databasePath);
  const masterKeys = parseMasterKeyRing(generateMasterKeyEntry('bench1'));
  const amazonApp = {
    appId: TEST_APP.appId,
    lwaClientId: TEST_APP.lwa.clientId,
    lwaClientSecret: TEST_APP.lwa.clientSecret,
  };
  const db = database.db;

  applyMigrations(db);

  const labelServices = createLabelServices({
    db,
    masterKeys,
    amazonApp,
    remotes,
    timeScale: TIME_SCALE,
  });
  const app = createApp({
    config: { mode: 'sandbox', extensionOrigins: [DEV_EXTENSION_ORIGIN], isSignupOpen: true },
    publicUrl: 'http://127.0.0.1:8787',
    db,
    logger: createLogger({ level: 'info', pretty: false, destination: discardingStream() }),
    version: '0.0.0-bench',
    masterKeys,
    amazonApp,
    remotes,
    now: () => new Date(),
    isShuttingDown: () => false,
    labelServices,
  });

  return { app, db, masterKeys, close: database.close };
}

function discardingStream() {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}
