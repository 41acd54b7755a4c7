import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnEntry, waitForOutput } from '../helpers/spawn-kayistra.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kayistra-startup-'));
const LIVE_APP = {
  SPAPI_APP_ID: 'amzn1.sp.solution.x',
  SPAPI_LWA_CLIENT_ID: 'amzn1.application-oa2-client.x',
  SPAPI_LWA_CLIENT_SECRET: 'secret',
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('starting the server process', () => {
  it('refuses live mode without a master key, naming the variable and the fix', async () => {
    const run = spawnEntry('server/main.ts', [], { ...LIVE_APP, KAYISTRA_DATA_DIR: dataDir });
    const { code, stderr } = await run.finished;

    expect(code).not.toBe(0);
    expect(stderr).toContain('KAYISTRA_MASTER_KEYS is required in live mode');
    expect(stderr).toContain('npm run kayistra -- keys generate');
  });

  it('refuses a malformed variable, naming it and what it expects', async () => {
    const env = { KAYISTRA_PORT: 'http', KAYISTRA_DATA_DIR: dataDir };
    const { code, stderr } = await spawnEntry('server/main.ts', [], env).finished;

    expect(code).not.toBe(0);
    expect(stderr).toContain('KAYISTRA_PORT must be a whole number from 0 to 65535 (got "http")');
  });

  it('starts in sandbox mode with a connected demo tenant, and stops on SIGTERM', async () => {
    // A data directory that does not exist yet, as on a fresh clone's first `npm start`.
    const run = spawnEntry('server/main.ts', [], {
      KAYISTRA_PORT: '0',
      KAYISTRA_DATA_DIR: join(dataDir, 'fresh', 'data'),
    });
    const [, url] = await waitForOutput(run.output, /Server:\s+(http:\/\/\S+)/);
    const [, password] = await waitForOutput(run.output, /Password:\s+(demo-\S+)/);

    const health = await fetch(`${url}/api/health`).then((response) => response.json());
    expect(health).toMatchObject({ status: 'ok', mode: 'sandbox' });

    const { token } = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'demo@kayistra.test', password }),
    }).then((response) => response.json());
    const me = await fetch(`${url}/api/me`, { headers: { Authorization: `Bearer ${token}` } }).then(
      (response) => response.json(),
    );
    expect(me.amazonConnections).toEqual([
      expect.objectContaining({ region: 'na', status: 'connected' }),
    ]);
    expect(me.shipentegra).toMatchObject({ connected: true });

    run.child.kill('SIGTERM');
    const { code } = await run.finished;
    expect(code).toBe(0);
  });
});

describe('the operator CLI', () => {
  it('lists its commands with --help', async () => {
    const { code, stdout } = await spawnEntry('server/cli.ts', ['--help'], {}).finished;

    expect(code).toBe(0);
    expect(stdout).toMatch(/migrate[\s\S]*keys generate[\s\S]*sandbox seed/);
  });

  it('generates a master key entry that live mode accepts', async () => {
    const { stdout } = await spawnEntry('server/cli.ts', ['keys', 'generate', '--id', 'k9'], {})
      .finished;

    expect(stdout.trim()).toMatch(/^k9:[A-Za-z0-9+/]{43}=$/);
  });

  it('seeds the sandbox demo account once, printing the same sign-in each time', async () => {
    const env = { KAYISTRA_DATA_DIR: dataDir };
    const first = await spawnEntry('server/cli.ts', ['sandbox', 'seed'], env).finished;
    const second = await spawnEntry('server/cli.ts', ['sandbox', 'seed'], env).finished;

    expect(first.stdout).toMatch(/Demo sign-in: demo@kayistra\.test \/ demo-\S+/);
    expect(second.stdout).toBe(first.stdout);
  });

  it('exits with a usage error on an unknown command', async () => {
    const { code } = await spawnEntry('server/cli.ts', ['frobnicate'], {}).finished;

    expect(code).toBe(64);
  });
});
