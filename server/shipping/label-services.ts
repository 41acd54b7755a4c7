import type { ShipmentStep } from '../../shared/api/shipments.ts';
import { AppError } from '../../shared/errors.ts';
import { createSpApiCaller, type SpApiCaller } from '../amazon/spapi-caller.ts';
import { findSyncableConnection } from '../amazon/sync-connections.ts';
import type { SyncServices } from '../amazon/sync-context.ts';
import { createSyncServices } from '../amazon/sync-services.ts';
import type { AmazonApp } from '../config.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import type { ShipmentRow } from '../db/schema.ts';
import type { AmazonRegion, RemoteAgents } from '../net/remote-hosts.ts';
import { type CarrierListCache, createCarrierListCache } from '../shipentegra/carriers.ts';
import {
  createShipentegraTokenCache,
  type ShipentegraTokenCache,
} from '../shipentegra/shipentegra-auth.ts';
import {
  createShipentegraClient,
  type ShipentegraClient,
} from '../shipentegra/shipentegra-client.ts';
import { openShipentegraCredentials } from '../shipentegra/shipentegra-credentials.ts';
import { createShipentegraHttp } from '../shipentegra/shipentegra-http.ts';

/**
 * The long-lived parts labels share in one process: Amazon's limiter and clients (the same
 * kind sync uses, so confirmations respect the seller's usage plan) and Shipentegra's token
 * and carrier caches. Nothing here is needed for correctness across processes.
 */
export interface LabelServices {
  amazon: SyncServices;
  shipentegraTokens: ShipentegraTokenCache;
  carriers: CarrierListCache;
  shipentegraTimeoutMs?: number;
  /** Tests only: runs after a step's outcome is persisted, to stop the process right there. */
  afterStepPersisted?: (step: ShipmentStep, shipment: ShipmentRow) => void;
}

export interface LabelServicesOptions {
  db: Db;
  masterKeys: MasterKeyRing;
  amazonApp: AmazonApp;
  remotes: RemoteAgents;
  timeScale?: number;
  /** The sync's limiter and clients, so labels and sync share the seller's usage plan. */
  amazon?: SyncServices;
}

export function createLabelServices(options: LabelServicesOptions): LabelServices {
  return {
    amazon: options.amazon ?? createSyncServices({ ...options, agent: options.remotes.amazon }),
    shipentegraTokens: createShipentegraTokenCache(),
    carriers: createCarrierListCache(),
  };
}

/** What label code needs from the app: storage, keys, the remotes and the shared services. */
export interface LabelDeps {
  db: Db;
  masterKeys: MasterKeyRing;
  remotes: RemoteAgents;
  services: LabelServices;
  now(): Date;
}

/** The tenant's Shipentegra account; SHIPENTEGRA_NOT_CONNECTED when it has none. */
export function openShipentegraFor(deps: LabelDeps, tenantId: string): ShipentegraClient {
  const agent = deps.remotes.shipentegra;

  return createShipentegraClient({
    http: createShipentegraHttp({ agent, timeoutMs: deps.services.shipentegraTimeoutMs }),
    agent,
    tokens: deps.services.shipentegraTokens,
    tenantId,
    credentials: openShipentegraCredentials(deps.db, deps.masterKeys, tenantId),
    carriers: deps.services.carriers,
    now: deps.now,
  });
}

/** The tenant's rate-limited SP-API caller for the order's region. */
export function openAmazonFor(
  deps: LabelDeps,
  tenantId: string,
  region: AmazonRegion,
): SpApiCaller {
  const connection = findSyncableConnection(deps.db, tenantId, region);

  if (!connection) {
    throw new AppError('AMAZON_NOT_CONNECTED');
  }

  const { amazon } = deps.services;

  return createSpApiCaller({
    client: amazon.clients.clientFor(connection),
    tenantId,
    limiter: amazon.limiter,
    timeScale: amazon.timeScale,
    retry: amazon.retry,
  });
}
