import { signInOnOptionsPage } from './browser-extension-pages.ts';
import {
  type BrowserHarness,
  type BrowserHarnessOptions,
  launchBrowserHarness,
} from './browser-harness.ts';

// Sign-in waits on the sandbox server's first answers, slow on a loaded 2-core machine.
const SIGN_IN_TIMEOUT = { timeout: 20_000 };

// Chromium with the sandbox server, signed in with the demo account on the options page the way
// a seller does. Call close() in afterAll.
export async function launchSignedInHarness(
  options: Omit<BrowserHarnessOptions, 'withServer'> = {},
): Promise<BrowserHarness> {
  const harness = await launchBrowserHarness({ ...options, withServer: true });

  try {
    const demo = harness.server?.demo;
    if (!demo) {
      throw new Error('The sandbox server printed no demo sign-in');
    }

    const page = await harness.openExtensionPage('options.html');
    await signInOnOptionsPage(page, demo);
    await page.getByText(`Signed in as ${demo.email}`).waitFor(SIGN_IN_TIMEOUT);
    await page.close();
  } catch (error) {
    // The caller never gets the harness to close, so its Chromium and server would outlive the run.
    await harness.close();
    throw error;
  }

  return harness;
}

// The session token the extension keeps in storage.local after signing in.
export async function readExtensionToken(harness: BrowserHarness): Promise<string> {
  const { session } = await harness.readExtensionStorage();
  const token = (session as { token?: unknown } | undefined)?.token;
  if (typeof token !== 'string') {
    throw new Error('The extension holds no session token');
  }

  return token;
}

// The server's own answer (parsed JSON), asked with the extension's token: what the tests set the
// scene with and compare the extension's pages against.
export async function callServerAsExtension(
  harness: BrowserHarness,
  path: string,
  init: RequestInit = {},
): Promise<unknown> {
  const token = await readExtensionToken(harness);
  const response = await fetch(`${harness.server?.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });

  return response.json();
}
