import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateMasterKeyEntry } from '../../server/crypto/master-key-ring.ts';
import { listen } from '../../server/http/listen.ts';
import { createLogger } from '../../server/logger.ts';
import { startKayistra } from '../../server/main.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kayistra-shutdown-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('graceful shutdown', () => {
  it('lets an in-flight request finish before the listener closes', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const listener = await listen(
      async () => {
        await gate;
        return new Response('finished');
      },
      '127.0.0.1',
      0,
    );

    const inFlight = fetch(listener.url).then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 50));

    let isClosed = false;
    const closing = listener.close().then(() => {
      isClosed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isClosed).toBe(false);

    release();
    expect(await inFlight).toBe('finished');
    await closing;
    expect(isClosed).toBe(true);
    await expect(fetch(listener.url)).rejects.toThrow();
  });

  it('starts in live mode without stand-ins and stops cleanly, twice safely', async () => {
    const running = await startKayistra(
      {
        KAYISTRA_PORT: '0',
        KAYISTRA_DATA_DIR: dataDir,
        KAYISTRA_MASTER_KEYS: generateMasterKeyEntry('live1'),
        SPAPI_APP_ID: 'amzn1.sp.solution.x',
        SPAPI_LWA_CLIENT_ID: 'amzn1.application-oa2-client.x',
        SPAPI_LWA_CLIENT_SECRET: 'secret',
      },
      { logger: createLogger({ level: 'silent', pretty: false }) },
    );

    const health = await fetch(`${running.url}/api/health`).then((response) => response.json());
    expect(health).toMatchObject({ status: 'ok', mode: 'live' });
    expect(running.demo).toBeUndefined();

    await Promise.all([running.stop(), running.stop()]);
    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
  });
});
