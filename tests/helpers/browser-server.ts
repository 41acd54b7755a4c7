import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_EXTENSION_ORIGIN } from '../../shared/extension-identity.ts';

export interface HarnessServer {
  url: string;
  mode: 'sandbox' | 'live';
  demo?: { email: string; password: string };
  stop(): Promise<void>;
}

// Our real server in sandbox mode, on a free port, with its own data directory. Imported lazily
// so that browser tests without a server do not load the server at all.
export async function startSandboxServer(): Promise<HarnessServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kayistra-e2e-data-'));
  const { startKayistra } = await import('../../server/main.ts');

  try {
    const running = await startKayistra({
      KAYISTRA_MODE: 'sandbox',
      KAYISTRA_PORT: '0',
      KAYISTRA_DATA_DIR: dataDir,
      KAYISTRA_EXTENSION_ORIGINS: DEV_EXTENSION_ORIGIN,
      KAYISTRA_LOG_LEVEL: 'warn',
    });

    return {
      url: running.url,
      mode: running.mode,
      demo: running.demo,
      stop: async () => {
        await running.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
