import { z } from 'zod';
import type { ShipentegraAccount } from '../../shared/api/connections.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { SealedCell } from '../crypto/associated-data.ts';
import { loadTenantSealer } from '../crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import { shipentegraAccounts } from '../db/schema.ts';
import { expectOneRowChanged, whereTenant } from '../db/tenant-scope.ts';
import type { Logger } from '../logger.ts';
import { fetchShipentegraToken, type ShipentegraCredentialPair } from './shipentegra-auth.ts';
import { isShipentegraError } from './shipentegra-errors.ts';
import type { ShipentegraHttp } from './shipentegra-http.ts';

/** The secret is bound to its tenant's row: the tenant id is the row id. */
function clientSecretCell(tenantId: string): SealedCell {
  return {
    purpose: 'credentials',
    table: 'shipentegra_accounts',
    column: 'client_secret_sealed',
    rowId: tenantId,
  };
}

export interface ConnectShipentegraInput {
  db: Db;
  keyRing: MasterKeyRing;
  http: ShipentegraHttp;
  logger: Logger;
  tenantId: string;
  credentials: ShipentegraCredentialPair;
  actor: { userId: string; requestId?: string };
  now: Date;
}

/**
 * Proves the credentials with Shipentegra (a token, then the carrier list that label routing
 * needs) and only then saves them, the secret sealed. Nothing is written on any failure.
 */
export async function connectShipentegra(
  input: ConnectShipentegraInput,
): Promise<ShipentegraAccount> {
  const { db, tenantId, credentials, actor, now } = input;

  await verifyCredentials(input);

  const sealed = loadTenantSealer(db, input.keyRing, tenantId).seal(
    clientSecretCell(tenantId),
    credentials.clientSecret,
  );
  const values = { clientId: credentials.clientId, clientSecretSealed: sealed, verifiedAt: now };

  db.transaction((tx) => {
    tx.insert(shipentegraAccounts)
      .values({ tenantId, ...values, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: shipentegraAccounts.tenantId,
        set: { ...values, updatedAt: now },
      })
      .run();
    recordAuditEvent(tx, {
      tenantId,
      userId: actor.userId,
      type: 'shipentegra.credentials_saved',
      details: { clientId: credentials.clientId },
      requestId: actor.requestId,
      now,
    });
  });

  return { connected: true, clientId: credentials.clientId, verifiedAt: now.toISOString() };
}

async function verifyCredentials(input: ConnectShipentegraInput): Promise<void> {
  try {
    const token = await fetchShipentegraToken(input.http, input.credentials, input.now);

    // Any well-formed list proves the token works; its entries are checked where used.
    await input.http.send({
      method: 'GET',
      path: '/users/carriers',
      accessToken: token.accessToken,
      data: z.array(z.unknown()),
    });
  } catch (error) {
    throw explainVerificationFailure(input, error);
  }
}

function explainVerificationFailure(input: ConnectShipentegraInput, error: unknown): Error {
  if (!isShipentegraError(error)) {
    return error as Error;
  }

  if (error.kind === 'business' || error.kind === 'unauthenticated') {
    recordAuditEvent(input.db, {
      tenantId: input.tenantId,
      userId: input.actor.userId,
      type: 'shipentegra.credentials_rejected',
      details: { clientId: input.credentials.clientId, codes: error.codes.join(',') },
      requestId: input.actor.requestId,
      now: input.now,
    });

    return new AppError('SHIPENTEGRA_CREDENTIALS_REJECTED');
  }

  input.logger.warn(
    { kind: error.kind, status: error.status, reason: error.reason },
    'shipentegra did not answer the credential check',
  );

  return new AppError('SHIPENTEGRA_UNAVAILABLE', { retryAfterSeconds: error.retryAfterSeconds });
}

/** Removes the tenant's credentials; NOT_FOUND when none are saved. */
export function deleteShipentegraCredentials(
  db: Db,
  tenantId: string,
  actor: { userId: string; requestId?: string },
): void {
  db.transaction((tx) => {
    expectOneRowChanged(
      tx
        .delete(shipentegraAccounts)
        .where(whereTenant(shipentegraAccounts.tenantId, tenantId))
        .run(),
    );
    recordAuditEvent(tx, { tenantId, ...actor, type: 'shipentegra.credentials_removed' });
  });
}

/** The saved credentials with the secret opened, for the Shipentegra client (issue 5). */
export function openShipentegraCredentials(
  db: Db,
  keyRing: MasterKeyRing,
  tenantId: string,
): ShipentegraCredentialPair {
  const row = db
    .select()
    .from(shipentegraAccounts)
    .where(whereTenant(shipentegraAccounts.tenantId, tenantId))
    .get();

  if (!row) {
    throw new AppError('SHIPENTEGRA_NOT_CONNECTED');
  }

  const sealer = loadTenantSealer(db, keyRing, tenantId);

  return {
    clientId: row.clientId,
    clientSecret: sealer.openAsString(clientSecretCell(tenantId), row.clientSecretSealed),
  };
}
