import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OrderListSchema } from '../../shared/api/orders.ts';
import { attachExtensionWorld } from '../helpers/browser-extension-world.ts';
import type { BrowserHarness } from '../helpers/browser-harness.ts';
import { readPanels } from '../helpers/browser-panels.ts';
import {
  callServerAsExtension,
  launchSignedInHarness,
  readExtensionToken,
} from '../helpers/browser-signed-in.ts';

const UI_TIMEOUT = { timeout: 20_000 };

// What Seller Central's own scripts (or a third party's injected into it) could get at.
interface PageWorldView {
  canMessageExtension: string;
  canReadExtensionStorage: string;
  webStorageAndCookies: string;
  messagesSeen: string;
  pageHtml: string;
  serverAnswer: string;
}

// An order the server really has, so the panel shows the seller's data fetched with the token.
async function findSyncedOrderId(harness: BrowserHarness): Promise<string> {
  let orderId: string | undefined;
  await expect
    .poll(async () => {
      const answer = await callServerAsExtension(harness, '/api/orders?limit=1');
      orderId = OrderListSchema.parse(answer).orders[0]?.orderId;
      return orderId;
    }, UI_TIMEOUT)
    .toBeDefined();

  return orderId as string;
}

describe("the seller's token and data stay out of Seller Central's page (issue #6)", () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchSignedInHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('a page script signed in to nothing of ours: no token, no panel data, no server answer', async () => {
    const token = await readExtensionToken(harness);
    const serverUrl = harness.server?.url ?? '';
    const orderId = await findSyncedOrderId(harness);
    const page = await harness.context.newPage();
    // Installed before Seller Central's page runs: records every window message the page sees,
    // the channel a careless content script would leak through.
    await page.addInitScript(() => {
      const seen: string[] = [];
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
      (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    });
    await page.goto(`https://sellercentral.amazon.com/orders-v3/order/${orderId}`);
    const world = await attachExtensionWorld(page, harness.extensionId);
    await expect
      .poll(async () => (await readPanels(world))[0]?.text ?? '', UI_TIMEOUT)
      .toContain(orderId);
    const panelText = (await readPanels(world))[0]?.text ?? '';

    // Runs in the page's main world, with whatever a script there could reach.
    const view = await page.evaluate(async (url): Promise<PageWorldView> => {
      const pageChrome = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      const storage = (pageChrome as { storage?: unknown } | undefined)?.storage;
      const attempt = await fetch(`${url}/api/me`, { credentials: 'include' }).then(
        async (response) => `${response.status} ${await response.text()}`,
        (error: unknown) => `blocked: ${String(error)}`,
      );

      return {
        canMessageExtension: typeof pageChrome?.runtime?.sendMessage,
        canReadExtensionStorage: typeof storage,
        webStorageAndCookies:
          JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
        messagesSeen: (window as unknown as { seenMessages: string[] }).seenMessages.join('\n'),
        pageHtml: document.documentElement.outerHTML,
        serverAnswer: attempt,
      };
    }, serverUrl);

    expect(view.canMessageExtension).toBe('undefined');
    expect(view.canReadExtensionStorage).toBe('undefined');
    for (const reachable of [view.webStorageAndCookies, view.messagesSeen, view.pageHtml]) {
      expect(reachable).not.toContain(token);
    }
    // The panel's words (order status, quotes...) live in a closed shadow root only.
    expect(panelText.length).toBeGreaterThan(orderId.length);
    expect(view.pageHtml).not.toContain(panelText.slice(0, 40));
    // Our server answers only the extension's origin (CORS) and only with a bearer token, which
    // the page never has: the call is blocked outright, or at most refused without data.
    expect(view.serverAnswer).toMatch(/^blocked: |^401 /);
    expect(view.serverAnswer).not.toContain('"email"');
    await page.close();
  });
});
