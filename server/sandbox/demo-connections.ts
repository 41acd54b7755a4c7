import { eq } from 'drizzle-orm';
import { saveAmazonConnection } from '../amazon/connections.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import { amazonConnections, shipentegraAccounts } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import type { Logger } from '../logger.ts';
import type { AmazonRegion, RemoteAgents } from '../net/remote-hosts.ts';
import { connectShipentegra } from '../shipentegra/shipentegra-credentials.ts';
import { createShipentegraHttp } from '../shipentegra/shipentegra-http.ts';
import { type DemoAccount, type DemoSignIn, seedDemoAccount } from './demo-account.ts';
import { seedDemoShipping } from './demo-shipping.ts';
import type { Sandbox } from './sandbox-mode.ts';

export interface DemoTenantDeps {
  db: Db;
  masterKeys: MasterKeyRing;
  remotes: RemoteAgents;
  logger: Logger;
  dataDir: string;
}

/**
 * Seeds the demo tenant and owner once, connects them, gives them a sender address and SKU
 * profiles (never over the seller's own), and returns the sign-in to print.
 */
export async function seedDemoTenant(deps: DemoTenantDeps, sandbox: Sandbox): Promise<DemoSignIn> {
  const account = await seedDemoAccount(deps.db, deps.dataDir);

  await connectDemoTenant(deps, account, sandbox);
  seedDemoShipping(deps.db, account.tenantId, sandbox.demoSeller.sellingPartnerId, new Date());

  return account.signIn;
}

/**
 * Gives the demo tenant an Amazon connection (the stand-in's first NA seller) and Shipentegra
 * credentials (the stand-in's demo account) unless it has them, so the sandbox works from the
 * first sign-in. Shipentegra goes through the same verification a seller's credentials do.
 */
async function connectDemoTenant(
  deps: DemoTenantDeps,
  account: DemoAccount,
  sandbox: Sandbox,
): Promise<void> {
  const { tenantId, userId } = account;
  const seller = sandbox.demoSeller;
  const now = new Date();

  if (!hasAmazonConnection(deps.db, tenantId, seller.region)) {
    saveAmazonConnection(deps.db, deps.masterKeys, { tenantId, now, ...seller }, { userId });
  }

  if (!hasShipentegraAccount(deps.db, tenantId)) {
    await connectShipentegra({
      db: deps.db,
      keyRing: deps.masterKeys,
      http: createShipentegraHttp({ agent: deps.remotes.shipentegra }),
      logger: deps.logger,
      tenantId,
      credentials: sandbox.shipentegraDemoAccount,
      actor: { userId },
      now,
    });
  }
}

function hasAmazonConnection(db: Db, tenantId: string, region: AmazonRegion): boolean {
  const row = db
    .select({ id: amazonConnections.id })
    .from(amazonConnections)
    .where(whereTenant(amazonConnections.tenantId, tenantId, eq(amazonConnections.region, region)))
    .get();

  return row !== undefined;
}

function hasShipentegraAccount(db: Db, tenantId: string): boolean {
  const row = db
    .select({ tenantId: shipentegraAccounts.tenantId })
    .from(shipentegraAccounts)
    .where(whereTenant(shipentegraAccounts.tenantId, tenantId))
    .get();

  return row !== undefined;
}
