import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp } from '../../server/app.ts';
import type { AmazonApp } from '../../server/config.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { applyMigrations } from '../../server/db/migrate.ts';
import { tenants } from '../../server/db/schema.ts';
import { createLogger } from '../../server/logger.ts';
import { createRemoteAgents, type RemoteAgents } from '../../server/net/remote-hosts.ts';
import { DEV_EXTENSION_ORIGIN } from '../../shared/extension-identity.ts';

export const TENANT_A = 'tenant-a';
export const TENANT_B = 'tenant-b';

/**
 * The real app over an in-memory database with migrations applied and two tenants seeded,
 * with its log lines captured so tests can check what was (not) logged.
 */
export function createTestApp(
  options: {
    isShuttingDown?: () => boolean;
    /** The app's clock; tests move it instead of waiting (see `createTestClock`). */
    now?: () => Date;
    isSignupOpen?: boolean;
    /** A file database instead of memory, for tests that read its bytes. */
    databasePath?: string;
    /** Where Amazon and Shipentegra are reached (see connected-app.ts); nowhere by default. */
    remotes?: RemoteAgents;
    consentOrigin?: string;
    amazonApp?: AmazonApp;
    publicUrl?: string;
  } = {},
) {
  const database = openDatabase(options.databasePath ?? ':memory:');
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    pretty: false,
    destination: new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });

  applyMigrations(database.db);
  database.db
    .insert(tenants)
    .values([
      { id: TENANT_A, companyName: 'Tenant A', keySalt: randomBytes(32) },
      { id: TENANT_B, companyName: 'Tenant B', keySalt: randomBytes(32) },
    ])
    .run();

  const masterKeys = parseMasterKeyRing(generateMasterKeyEntry('test1'));
  const app = createApp({
    config: {
      mode: 'sandbox',
      extensionOrigins: [DEV_EXTENSION_ORIGIN],
      isSignupOpen: options.isSignupOpen ?? true,
    },
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:8787',
    db: database.db,
    logger,
    version: '0.0.0-test',
    masterKeys,
    amazonApp: options.amazonApp ?? {
      appId: 'amzn1.sp.solution.test',
      lwaClientId: 'amzn1.application-oa2-client.test',
      lwaClientSecret: 'test-secret',
    },
    // No overrides: a test that reaches for Amazon or Shipentegra without a stand-in fails.
    remotes: options.remotes ?? createRemoteAgents({}, undefined),
    consentOrigin: options.consentOrigin,
    now: options.now ?? (() => new Date()),
    isShuttingDown: options.isShuttingDown ?? (() => false),
  });

  return {
    app,
    db: database.db,
    sqlite: database.sqlite,
    masterKeys,
    logLines,
    close: database.close,
  };
}
