import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';
import { loadOrCreateCertificateAuthority } from './certificate-authority.ts';
import {
  SHIPENTEGRA_DEMO_ACCOUNT,
  startShipentegraStandIn,
} from './shipentegra/shipentegra-stand-in.ts';
import { startSpApiStandIn } from './spapi/spapi-stand-in.ts';

export interface Sandbox {
  /** Where the server's production code paths dial instead of Amazon and Shipentegra. */
  endpoints: Required<Config['endpoints']>;
  /** The sandbox CA, trusted for those endpoints only. */
  extraCa: string;
  amazonApp: NonNullable<Config['amazonApp']>;
  /** The stand-in seller the demo tenant is connected to, as if it had authorised us. */
  demoSeller: {
    region: AmazonRegion;
    sellingPartnerId: string;
    marketplaceIds: string[];
    refreshToken: string;
  };
  shipentegraDemoAccount: { clientId: string; clientSecret: string };
  stop(): Promise<void>;
}

export interface SandboxOptions {
  dataDir: string;
  publicUrl: string;
  timeScale: number;
  logger: Logger;
}

/**
 * Starts the SP-API and Shipentegra stand-ins in-process over TLS. The server then reaches
 * them through the same endpoint overrides (and the same `amazon-sp-api` client) that live
 * mode uses, so the sandbox exercises production code.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const ca = loadOrCreateCertificateAuthority(options.dataDir);
  const amazonApp = {
    appId: 'amzn1.sp.solution.kayistra-sandbox',
    lwaClientId: 'amzn1.application-oa2-client.kayistra-sandbox',
    // A fresh secret per process: only this process's stand-in knows it.
    lwaClientSecret: randomBytes(24).toString('base64url'),
  };

  const spapi = await startSpApiStandIn({
    ca,
    timeScale: options.timeScale,
    appId: amazonApp.appId,
    lwa: { clientId: amazonApp.lwaClientId, clientSecret: amazonApp.lwaClientSecret },
    redirectUri: `${options.publicUrl}/api/amazon/callback`,
    loginUri: `${options.publicUrl}/api/amazon/login`,
  });
  const shipentegra = await startShipentegraStandIn({ ca, timeScale: options.timeScale });
  const demoSeller = spapi.demo.sellers.find((seller) => seller.region === 'na');

  if (!demoSeller) {
    throw new Error('the SP-API stand-in generated no NA seller for the demo tenant');
  }

  options.logger.info(
    { spapi: spapi.origin, shipentegra: shipentegra.origin },
    'sandbox stand-ins listening',
  );

  return {
    endpoints: { spapi: spapi.origin, lwa: spapi.origin, shipentegra: shipentegra.origin },
    extraCa: ca.cert,
    amazonApp,
    demoSeller: {
      region: demoSeller.region,
      sellingPartnerId: demoSeller.sellingPartnerId,
      marketplaceIds: demoSeller.marketplaceIds,
      refreshToken: demoSeller.refreshToken,
    },
    shipentegraDemoAccount: {
      clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
      clientSecret: SHIPENTEGRA_DEMO_ACCOUNT.clientSecret,
    },
    async stop() {
      await Promise.all([spapi.close(), shipentegra.close()]);
    },
  };
}
