import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createSyncServices } from './amazon/sync-services.ts';
import { startAmazonSync } from './amazon/sync-worker.ts';
import { createApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { MasterKeyRing } from './crypto/master-key-ring.ts';
import { openDatabase } from './db/connection.ts';
import { applyMigrations } from './db/migrate.ts';
import { listen } from './http/listen.ts';
import { createHousekeepingHandler, scheduleHousekeeping } from './jobs/housekeeping.ts';
import { startJobScheduler } from './jobs/job-scheduler.ts';
import { createJobWorker } from './jobs/job-worker.ts';
import { createLogger, type Logger } from './logger.ts';
import { createRemoteAgents, readExtraCa } from './net/remote-hosts.ts';
import { createRetentionHandler, scheduleRetention } from './retention/retention-job.ts';
import type { DemoSignIn } from './sandbox/demo-account.ts';
import { printSandboxBanner } from './sandbox/sandbox-banner.ts';
import { loadOrCreateSandboxMasterKeys } from './sandbox/sandbox-master-keys.ts';
import type { Sandbox } from './sandbox/sandbox-mode.ts';
import { createLabelServices } from './shipping/label-services.ts';
import {
  createResumeShipmentsHandler,
  scheduleResumeShipments,
} from './shipping/shipment-resume-job.ts';
import { createTrackShipmentsHandler, scheduleTrackShipments } from './shipping/tracking-job.ts';

export interface RunningKayistra {
  url: string;
  mode: Config['mode'];
  /** The demo sign-in, in sandbox mode. */
  demo?: DemoSignIn;
  /** Graceful shutdown: stop accepting, finish in-flight work, close the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
}

export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** Starts the whole server from an environment; throws `ConfigError` for a bad one. */
export async function startKayistra(
  env: Record<string, string | undefined> = process.env,
  options: StartOptions = {},
): Promise<RunningKayistra> {
  const config = loadConfig(env);
  const logger =
    options.logger ??
    createLogger({
      level: config.logLevel,
      pretty: config.mode === 'sandbox' && !!process.stdout.isTTY,
    });
  const masterKeys: MasterKeyRing =
    config.masterKeys ?? loadOrCreateSandboxMasterKeys(config.dataDir);
  const extraCa = readExtraCa(config.extraCaPath);
  const database = openDatabase(config.databasePath);
  let isShuttingDown = false;
  let handler: ((request: Request) => Response | Promise<Response>) | undefined;

  applyMigrations(database.db);

  // Listen first: with port 0 the sandbox needs the real address for its OAuth redirect.
  const listener = await listen(
    (request) => handler?.(request) ?? new Response('starting', { status: 503 }),
    config.host,
    config.port,
  );
  const publicUrl = config.publicUrl ?? listener.url;
  let remotes = createRemoteAgents(config.endpoints, extraCa);
  let sandbox: Sandbox | undefined;
  let demo: DemoSignIn | undefined;

  try {
    if (config.mode === 'sandbox') {
      // Loaded only in sandbox mode: live mode never has the stand-ins in memory.
      const { startSandbox } = await import('./sandbox/sandbox-mode.ts');
      const { seedDemoTenant } = await import('./sandbox/demo-connections.ts');

      sandbox = await startSandbox({
        dataDir: config.dataDir,
        publicUrl,
        timeScale: config.sandboxTimeScale,
        logger,
      });
      remotes = createRemoteAgents(sandbox.endpoints, sandbox.extraCa);
      demo = await seedDemoTenant(
        { db: database.db, masterKeys, remotes, logger, dataDir: config.dataDir },
        sandbox,
      );
    }
  } catch (error) {
    await sandbox?.stop();
    await listener.close(0);
    database.close();
    throw error;
  }

  const amazonApp = sandbox?.amazonApp ?? config.amazonApp;

  if (!amazonApp) {
    throw new Error('live mode without an Amazon app: loadConfig should have refused this');
  }

  // One Amazon limiter and client cache for the process: sync and labels share each seller's
  // usage plans (both call getOrder), so neither can push the other into throttling.
  const amazonServices = createSyncServices({
    db: database.db,
    masterKeys,
    amazonApp,
    agent: remotes.amazon,
    timeScale: sandbox ? config.sandboxTimeScale : 1,
  });
  const labelServices = createLabelServices({
    db: database.db,
    masterKeys,
    amazonApp,
    remotes,
    amazon: amazonServices,
  });
  const labelDeps = {
    db: database.db,
    masterKeys,
    remotes,
    services: labelServices,
    now: () => new Date(),
  };

  const app = createApp({
    labelServices,
    config,
    publicUrl,
    db: database.db,
    logger,
    version: VERSION,
    masterKeys,
    amazonApp,
    remotes,
    consentOrigin: sandbox?.endpoints.spapi,
    now: () => new Date(),
    isShuttingDown: () => isShuttingDown,
  });

  handler = (request) => app.fetch(request);
  scheduleHousekeeping(database.db);
  scheduleRetention(database.db);
  scheduleResumeShipments(database.db);
  scheduleTrackShipments(database.db);

  // Syncs have their own worker: they mostly wait on Amazon's rate limits and must not hold
  // up housekeeping or labels.
  const amazonSync = startAmazonSync({
    services: amazonServices,
    db: database.db,
    masterKeys,
    amazonApp,
    agent: remotes.amazon,
    timeScale: sandbox ? config.sandboxTimeScale : 1,
    logger,
  });
  const worker = createJobWorker({
    db: database.db,
    handlers: [
      createHousekeepingHandler(database.db),
      createRetentionHandler(database.db),
      createResumeShipmentsHandler(labelDeps),
      createTrackShipmentsHandler(labelDeps),
    ],
    // Label steps wait on Shipentegra and Amazon; one slow label must not hold up the rest.
    concurrency: 4,
    logger,
  });
  const scheduler = startJobScheduler({ db: database.db, logger });

  worker.start();
  logger.info({ url: listener.url, mode: config.mode, keyId: masterKeys.activeKeyId }, 'listening');

  let stopping: Promise<void> | undefined;

  return {
    url: listener.url,
    mode: config.mode,
    demo,
    stop() {
      stopping ??= (async () => {
        isShuttingDown = true;
        logger.info('shutting down');
        scheduler.stop();
        // In parallel: requests may wait on jobs, and jobs on nothing the listener holds.
        await Promise.all([
          listener.close(),
          worker.stop({ graceMs: 10_000 }),
          amazonSync.stop({ graceMs: 10_000 }),
        ]);
        await sandbox?.stop();
        database.close();
        logger.info('stopped');
      })();

      return stopping;
    },
  };
}

async function runFromCommandLine(): Promise<void> {
  try {
    const running = await startKayistra();

    if (running.demo) {
      printSandboxBanner(running.url, running.demo);
    }

    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        running.stop().then(() => process.exit(0));
      });
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }

    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFromCommandLine();
}
