import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { ensureExtensionBuilt } from './browser-extension-build.ts';
import { routeSellerCentralToFixtures } from './browser-fixture-routes.ts';
import { type HarnessServer, startSandboxServer } from './browser-server.ts';

// The functions below run inside the extension (isolated world or service worker), not in Node.
declare const chrome: typeof Browser;

export interface BrowserHarnessOptions {
  // Start our server in sandbox mode and point the extension at it.
  withServer?: boolean;
  // The browser's language (e.g. 'tr-TR'): what chrome.i18n.getUILanguage and navigator.language
  // report to the extension's pages and content scripts.
  locale?: string;
  // Accept the sandbox stand-ins' certificates, which a CA generated per data directory signs
  // and Chromium does not trust; needed to click through the stand-in's Amazon consent page.
  acceptSandboxCertificates?: boolean;
}

export interface BrowserHarness {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  server: HarnessServer | undefined;
  openPage(url: string): Promise<Page>;
  openExtensionPage(page: 'popup.html' | 'options.html'): Promise<Page>;
  setServerUrl(serverUrl: string): Promise<void>;
  // The extension's storage.local as the background sees it.
  readExtensionStorage(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const CHROMIUM = '/usr/bin/chromium';

function chromiumArgs(extensionDir: string, options: BrowserHarnessOptions): string[] {
  // Browser-wide rather than Playwright's per-page override, which a tab the extension opens
  // itself (Amazon's consent page) can outrun, meeting the certificate error before the override.
  const certificateArgs = options.acceptSandboxCertificates ? ['--ignore-certificate-errors'] : [];

  return [
    ...certificateArgs,
    // The new headless mode is the full browser, the only one that runs extensions.
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const running = context
    .serviceWorkers()
    .find((worker) => worker.url().endsWith('/background.js'));

  return running ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

// Debian's Chromium with the built extension, Seller Central answered from fixtures, and
// optionally our server in sandbox mode. Call close() in afterAll.
export async function launchBrowserHarness(
  options: BrowserHarnessOptions = {},
): Promise<BrowserHarness> {
  const extensionDir = ensureExtensionBuilt();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'kayistra-chromium-'));
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: false,
      // Playwright passes --disable-extensions by default, which would drop ours.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(extensionDir, options),
      locale: options.locale,
    })
    .catch(async (error: unknown) => {
      await rm(userDataDir, { recursive: true, force: true });
      throw error;
    });

  let server: HarnessServer | undefined;
  const close = async () => {
    await context.close();
    await server?.stop();
    await rm(userDataDir, { recursive: true, force: true });
  };

  try {
    server = options.withServer ? await startSandboxServer() : undefined;
    await routeSellerCentralToFixtures(context);
    const serviceWorker = await findServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    const setServerUrl = async (serverUrl: string) => {
      await serviceWorker.evaluate(
        (url) => chrome.storage.local.set({ serverUrl: url }),
        serverUrl,
      );
    };

    if (server) {
      await setServerUrl(server.url);
    }

    return {
      context,
      serviceWorker,
      extensionId,
      server,
      setServerUrl,
      readExtensionStorage: () => serviceWorker.evaluate(() => chrome.storage.local.get(null)),
      close,
      openPage: async (url) => {
        const page = await context.newPage();
        await page.goto(url);
        return page;
      },

      openExtensionPage: async (extensionPage) => {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${extensionPage}`);
        return page;
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
