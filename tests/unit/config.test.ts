import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { generateMasterKeyEntry } from '../../server/crypto/master-key-ring.ts';

const LIVE_APP = {
  SPAPI_APP_ID: 'amzn1.sp.solution.x',
  SPAPI_LWA_CLIENT_ID: 'amzn1.application-oa2-client.x',
  SPAPI_LWA_CLIENT_SECRET: 'secret',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }

    throw error;
  }

  return [];
}

describe('loadConfig', () => {
  it('defaults to sandbox mode on 127.0.0.1:8787 with open sign-up', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({ mode: 'sandbox', host: '127.0.0.1', port: 8787 });
    expect(config.isSignupOpen).toBe(true);
    expect(config.databasePath).toMatch(/data\/kayistra\.db$/);
  });

  it('switches to live mode when the Amazon app is configured, with sign-up closed', () => {
    const config = loadConfig({ ...LIVE_APP, KAYISTRA_MASTER_KEYS: generateMasterKeyEntry('a') });

    expect(config.mode).toBe('live');
    expect(config.isSignupOpen).toBe(false);
    expect(config.masterKeys?.activeKeyId).toBe('a');
  });

  it('refuses live mode without a master key and says how to make one', () => {
    const [problem] = problemsOf(LIVE_APP);

    expect(problem).toContain('KAYISTRA_MASTER_KEYS');
    expect(problem).toContain('keys generate');
  });

  it('names each malformed variable and what it expects', () => {
    const problems = problemsOf({
      KAYISTRA_PORT: 'eighty',
      KAYISTRA_MODE: 'staging',
      KAYISTRA_SPAPI_ENDPOINT: 'http://plain.example',
      KAYISTRA_MASTER_KEYS: 'k1:tooshort',
    });

    expect(problems).toEqual([
      expect.stringMatching(/^KAYISTRA_MODE must be one of sandbox, live/),
      expect.stringMatching(/^KAYISTRA_MASTER_KEYS: key "k1" must be 32 bytes/),
      expect.stringMatching(/^KAYISTRA_PORT must be a whole number from 0 to 65535/),
      expect.stringMatching(/^KAYISTRA_SPAPI_ENDPOINT must be an origin like https:\/\/host:port/),
    ]);
  });

  it('asks for all three Amazon app variables together', () => {
    const [problem] = problemsOf({ SPAPI_APP_ID: 'amzn1.sp.solution.x' });

    expect(problem).toContain('SPAPI_LWA_CLIENT_ID, SPAPI_LWA_CLIENT_SECRET');
  });

  it('never echoes key material in its messages', () => {
    const secretish = Buffer.alloc(20, 7).toString('base64');
    const problems = problemsOf({ KAYISTRA_MASTER_KEYS: `k1:${secretish}` });

    expect(problems.join(' ')).not.toContain(secretish);
  });
});
