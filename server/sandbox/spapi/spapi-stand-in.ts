import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { CertificateAuthority } from '../certificate-authority.ts';
import { type DemoOptions, generateDemoWorld } from './demo/generate-demo-world.ts';
import { dispatch } from './dispatch.ts';
import { createFaults, type StandInFaults } from './faults.ts';
import { createLwaTokens } from './lwa-tokens.ts';
import { createRequestLog, type StandInRequestLog } from './request-log.ts';
import { createStandInClock } from './scaled-clock.ts';
import { standInHostNames } from './stand-in-host-names.ts';
import type { StandInRuntime } from './stand-in-runtime.ts';
import { createFeedStore } from './store/feed-store.ts';
import { createStandInStore, type StandInStore } from './store/stand-in-store.ts';
import type { StandInSeller } from './store/world.ts';
import { createTokenBuckets } from './token-buckets.ts';

export interface SpApiStandInOptions {
  ca: CertificateAuthority;
  /** Listening address, 127.0.0.1 by default. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** How much faster Amazon's clock runs: buckets refill, tokens expire, feeds finish. */
  timeScale?: number;
  /** Seeds demo data and random faults; 1 by default. */
  seed?: number;
  demo?: DemoOptions;
  appId: string;
  lwa: { clientId: string; clientSecret: string };
  /** Our OAuth callback, absolute: consent redirects land here. */
  redirectUri: string;
  /** Our log-in URI, for renewals and Appstore installs. */
  loginUri?: string;
  now?: () => Date;
}

export interface SpApiStandIn {
  /** `https://127.0.0.1:<port>`: what a dialing agent dials. */
  origin: string;
  /** The real host names the certificate carries. */
  hostNames: string[];
  /** Sellers who have, as it were, already authorised the app: each has a refresh token. */
  demo: { sellers: readonly StandInSeller[] };
  store: StandInStore;
  faults: StandInFaults;
  requests: StandInRequestLog;
  revokeRefreshToken(token: string): void;
  /** Refills every usage-plan bucket. */
  resetUsagePlans(): void;
  close(): Promise<void>;
}

/** Starts an HTTPS server that answers as LWA, Seller Central and SP-API do. */
export async function startSpApiStandIn(options: SpApiStandInOptions): Promise<SpApiStandIn> {
  const seed = options.seed ?? 1;
  const clock = createStandInClock(options.now ?? (() => new Date()), options.timeScale ?? 1);
  const tokens = createLwaTokens(seed, options.lwa.clientId, clock);
  const demo = generateDemoWorld({
    ...options.demo,
    seed,
    now: clock.now,
    mintRefreshToken: tokens.mintRefreshToken,
  });

  const runtime: StandInRuntime = {
    appId: options.appId,
    lwa: options.lwa,
    redirectUri: options.redirectUri,
    loginUri: options.loginUri,
    clock,
    store: createStandInStore(demo.world, demo.orderFactories, clock),
    feeds: createFeedStore(clock),
    tokens,
    buckets: createTokenBuckets(clock),
    faults: createFaults(seed),
    log: createRequestLog(),
    loginStates: new Map(),
  };

  const hostNames = standInHostNames();
  const identity = options.ca.issueServerCertificate(hostNames);
  const server = createServer({ key: identity.key, cert: identity.cert }, (request, response) => {
    void dispatch(runtime, request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });

  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    origin: `https://${hostForUrl}:${address.port}`,
    hostNames,
    demo: { sellers: demo.world.sellers },
    store: runtime.store,
    faults: runtime.faults,
    requests: runtime.log,
    revokeRefreshToken: tokens.revokeRefreshToken,
    resetUsagePlans: runtime.buckets.clear,
    close: () =>
      new Promise<void>((resolve) => {
        // Held (timeout-fault) and keep-alive connections would keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
