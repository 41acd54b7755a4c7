import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listUnnamedControls } from '../helpers/browser-accessibility.ts';
import { type BrowserHarness, launchBrowserHarness } from '../helpers/browser-harness.ts';

// A port nothing listens on: bound, then released, so a connection is refused at once.
function findClosedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

describe('popup and options without a server (issue #2)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('options refuses a server URL that would send the token in the clear', async () => {
    const page = await harness.openExtensionPage('options.html');

    await page.getByLabel('Server URL').fill('http://kayistra.example.com');
    await page.getByRole('button', { name: 'Save server URL' }).click();

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('https://');
    expect(await page.getByLabel('Server URL').getAttribute('aria-invalid')).toBe('true');
    expect(await harness.readExtensionStorage()).not.toHaveProperty('serverUrl');
    await page.close();
  });

  test('popup says plainly when the server cannot be reached', async () => {
    const closedPort = await findClosedPort();
    await harness.setServerUrl(`http://127.0.0.1:${closedPort}`);
    const page = await harness.openExtensionPage('popup.html');

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        `The Kayistra server at http://127.0.0.1:${closedPort} cannot be reached. ` +
          "Check the server URL in the extension's options.",
      );

    await page.close();
  });

  test('every control in the popup and options has an accessible name', async () => {
    for (const extensionPage of ['popup.html', 'options.html'] as const) {
      const page = await harness.openExtensionPage(extensionPage);
      await page.getByRole('button', { name: 'Check again' }).waitFor();

      expect(await listUnnamedControls(page), extensionPage).toEqual([]);
      await page.close();
    }
  });
});

describe('popup and options with the server in sandbox mode (issue #2)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchBrowserHarness({ withServer: true });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('options saves the server URL and the background reaches the server', async () => {
    const serverUrl = harness.server?.url ?? '';
    await harness.setServerUrl('http://127.0.0.1:9');
    const page = await harness.openExtensionPage('options.html');

    await page.getByLabel('Server URL').fill(` ${serverUrl}/ `);
    await page.getByRole('button', { name: 'Save server URL' }).click();

    await expect
      .poll(() => page.getByText(/^Connected to/).textContent())
      .toMatch(
        new RegExp(`^Connected to ${serverUrl} \\(sandbox mode, version \\d+\\.\\d+\\.\\d+\\)\\.$`),
      );

    expect(await harness.readExtensionStorage()).toMatchObject({ serverUrl });
    await page.close();
  });

  test('popup shows the server health through the background', async () => {
    const page = await harness.openExtensionPage('popup.html');

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`Connected to ${harness.server?.url} (sandbox mode`);
    await page.close();
  });
});
