import { resolve } from 'node:path';
import type { RunMode } from '../shared/api/health.ts';
import { DEV_EXTENSION_ORIGIN } from '../shared/extension-identity.ts';
import { type MasterKeyRing, parseMasterKeyRing } from './crypto/master-key-ring.ts';

/** Our SP-API application's identity at Amazon. */
export interface AmazonApp {
  appId: string;
  lwaClientId: string;
  lwaClientSecret: string;
}

export interface Config {
  mode: RunMode;
  host: string;
  port: number;
  dataDir: string;
  databasePath: string;
  /** Base of OAuth redirect and log-in URIs; unset means the listener's own address. */
  publicUrl?: string;
  /** Absent only in sandbox mode, where main.ts generates and keeps one in the data dir. */
  masterKeys?: MasterKeyRing;
  amazonApp?: AmazonApp;
  endpoints: { spapi?: string; lwa?: string; shipentegra?: string };
  extraCaPath?: string;
  extensionOrigins: string[];
  isSignupOpen: boolean;
  logLevel: string;
  /** How much faster than real time the sandbox stand-ins' clocks run. */
  sandboxTimeScale: number;
}

type Env = Record<string, string | undefined>;

/** Every problem with the environment, each naming its variable and what it expects. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Kayistra cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks the environment once, at start; nothing else reads `process.env`. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const read = createReader(env, problems);
  const amazonApp = readAmazonApp(env, problems);
  const mode = read.oneOf('KAYISTRA_MODE', ['sandbox', 'live'], amazonApp ? 'live' : 'sandbox');
  const dataDir = resolve(read.text('KAYISTRA_DATA_DIR', './data'));
  const masterKeys = readMasterKeys(env, mode, problems);

  if (mode === 'live' && !amazonApp) {
    problems.push(
      'KAYISTRA_MODE=live needs SPAPI_APP_ID, SPAPI_LWA_CLIENT_ID and SPAPI_LWA_CLIENT_SECRET ' +
        "(your app's ids from Seller Central > Develop Apps)",
    );
  }

  const config: Config = {
    mode: mode as RunMode,
    host: read.text('KAYISTRA_HOST', '127.0.0.1'),
    port: read.integer('KAYISTRA_PORT', 8787, 0, 65_535),
    dataDir,
    databasePath: resolve(dataDir, 'kayistra.db'),
    publicUrl: read.optionalUrl('KAYISTRA_PUBLIC_URL'),
    masterKeys,
    amazonApp,
    endpoints: {
      spapi: read.optionalOrigin('KAYISTRA_SPAPI_ENDPOINT'),
      lwa: read.optionalOrigin('KAYISTRA_LWA_ENDPOINT'),
      shipentegra: read.optionalOrigin('KAYISTRA_SHIPENTEGRA_ENDPOINT'),
    },
    extraCaPath: env.KAYISTRA_EXTRA_CA || undefined,
    extensionOrigins: read.list('KAYISTRA_EXTENSION_ORIGINS', [DEV_EXTENSION_ORIGIN]),
    isSignupOpen:
      read.oneOf('KAYISTRA_SIGNUP', ['open', 'closed'], mode === 'live' ? 'closed' : 'open') ===
      'open',
    logLevel: read.oneOf('KAYISTRA_LOG_LEVEL', LOG_LEVELS, 'info'),
    sandboxTimeScale: read.integer('KAYISTRA_SANDBOX_TIME_SCALE', 60, 1, 1_000_000),
  };

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }

  return config;
}

function readAmazonApp(env: Env, problems: string[]): Config['amazonApp'] {
  const names = ['SPAPI_APP_ID', 'SPAPI_LWA_CLIENT_ID', 'SPAPI_LWA_CLIENT_SECRET'] as const;
  const [appId, lwaClientId, lwaClientSecret] = names.map((name) => env[name]?.trim() || '');
  const missing = names.filter((name) => !env[name]?.trim());

  if (missing.length === names.length) {
    return undefined;
  }

  if (missing.length > 0) {
    problems.push(`${missing.join(', ')} must be set together with the other SPAPI_ variables`);
    return undefined;
  }

  return {
    appId: appId ?? '',
    lwaClientId: lwaClientId ?? '',
    lwaClientSecret: lwaClientSecret ?? '',
  };
}

function readMasterKeys(env: Env, mode: string, problems: string[]): MasterKeyRing | undefined {
  const ring = env.KAYISTRA_MASTER_KEYS?.trim();

  if (!ring) {
    if (mode === 'live') {
      problems.push(
        'KAYISTRA_MASTER_KEYS is required in live mode: create a key with ' +
          '`npm run kayistra -- keys generate` and set KAYISTRA_MASTER_KEYS=<the printed id:key>',
      );
    }

    return undefined;
  }

  try {
    return parseMasterKeyRing(ring);
  } catch (error) {
    problems.push(`KAYISTRA_MASTER_KEYS: ${(error as Error).message}`);
    return undefined;
  }
}

function createReader(env: Env, problems: string[]) {
  const readRaw = (name: string) => env[name]?.trim() || undefined;

  return {
    text(name: string, fallback: string): string {
      return readRaw(name) ?? fallback;
    },

    oneOf(name: string, allowed: readonly string[], fallback: string): string {
      const value = readRaw(name) ?? fallback;

      if (!allowed.includes(value)) {
        problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      }

      return value;
    },

    integer(name: string, fallback: number, min: number, max: number): number {
      const raw = readRaw(name);
      const value = raw === undefined ? fallback : Number(raw);

      if (!Number.isInteger(value) || value < min || value > max) {
        problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      }

      return value;
    },

    optionalUrl(name: string): string | undefined {
      const raw = readRaw(name);
      const url = raw && URL.canParse(raw) ? new URL(raw) : undefined;

      if (raw && (!url || !['http:', 'https:'].includes(url.protocol))) {
        problems.push(`${name} must be a URL starting with http:// or https:// (got "${raw}")`);
        return undefined;
      }

      return raw?.replace(/\/+$/, '');
    },

    optionalOrigin(name: string): string | undefined {
      const raw = readRaw(name);
      const url = raw && URL.canParse(raw) ? new URL(raw) : undefined;

      if (raw && (url?.protocol !== 'https:' || url.pathname !== '/')) {
        problems.push(`${name} must be an origin like https://host:port (got "${raw}")`);
        return undefined;
      }

      return url?.origin;
    },

    list(name: string, fallback: string[]): string[] {
      const raw = readRaw(name);

      return raw
        ? raw
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
        : fallback;
    },
  };
}
