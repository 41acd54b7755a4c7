import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRefreshToken } from '../../server/amazon/connections.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { addSignedInUser, sendJson } from '../helpers/accounts.ts';
import {
  confirmConsent,
  createConnectedApp,
  requestConsentUrl,
  type StandIns,
  startStandIns,
} from '../helpers/connected-app.ts';
import { TENANT_A } from '../helpers/test-app.ts';

let standIns: StandIns;
let directory: string;

beforeAll(async () => {
  standIns = await startStandIns();
  directory = mkdtempSync(join(tmpdir(), 'kayistra-at-rest-'));
}, 60_000);

afterAll(async () => {
  await standIns.stop();
  rmSync(directory, { recursive: true, force: true });
});

/** The database file and its WAL, as someone copying the data directory would get them. */
function rawDatabaseBytes(path: string): Buffer {
  const files = [path, `${path}-wal`].filter((file) => existsSync(file));

  return Buffer.concat(files.map((file) => readFileSync(file)));
}

describe('secrets at rest (issue 3: done when)', () => {
  it('leaves neither the refresh token nor the Shipentegra secret in the database file or WAL', async () => {
    const databasePath = join(directory, 'kayistra.db');
    const connected = createConnectedApp(standIns, { databasePath });
    const owner = await addSignedInUser(connected.app, connected.db, {
      tenantId: TENANT_A,
      role: 'owner',
    });
    const consentUrl = await requestConsentUrl(connected, owner.token);
    const callback = new URL(await confirmConsent(connected, consentUrl));
    const connectedPage = await connected.visit(callback.href);
    const saved = await sendJson(
      connected.app,
      'PUT',
      '/api/shipentegra/credentials',
      {
        clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
        clientSecret: SHIPENTEGRA_DEMO_ACCOUNT.clientSecret,
      },
      { token: owner.token },
    );
    const { refreshToken, sellingPartnerId } = openRefreshToken(
      connected.db,
      connected.masterKeys,
      { tenantId: TENANT_A, region: 'na' },
    );
    const secrets = [
      refreshToken,
      SHIPENTEGRA_DEMO_ACCOUNT.clientSecret,
      callback.searchParams.get('state') ?? '',
      callback.searchParams.get('spapi_oauth_code') ?? '',
    ];

    expect(connectedPage.status).toBe(200);
    expect(saved.status).toBe(200);

    const beforeCheckpoint = rawDatabaseBytes(databasePath);
    connected.sqlite.pragma('wal_checkpoint(PASSIVE)');
    const afterCheckpoint = rawDatabaseBytes(databasePath);

    for (const bytes of [beforeCheckpoint, afterCheckpoint]) {
      // The scan does see stored values: the ids next to the secrets are there in clear.
      expect(bytes.includes(sellingPartnerId)).toBe(true);
      expect(bytes.includes(SHIPENTEGRA_DEMO_ACCOUNT.clientId)).toBe(true);
      expect(secrets.filter((secret) => bytes.includes(secret))).toEqual([]);
    }

    connected.close();
    expect(secrets.filter((secret) => rawDatabaseBytes(databasePath).includes(secret))).toEqual([]);
  });
});
