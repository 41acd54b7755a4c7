import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { labelFileQueryOptions } from '../../extension/api/label-file-query.ts';
import type { LabelFile } from '../../extension/api/messages.ts';
import { readLabelAction } from '../../extension/entrypoints/label/label-action.ts';
import { LabelApp } from '../../extension/entrypoints/label/label-app.tsx';
import { en } from '../../extension/locales/en.ts';
import { tr } from '../../extension/locales/tr.ts';
import { answerInTurn, answerMessages, messagesOfType } from './support/fake-background-answers.ts';
import { SHIPMENT_ID } from './support/label-fixtures.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, renderPage } = await import('./support/render-page.tsx');

const SESSION = { data: { tenantId: 'tenant-a', expiresAt: '2099-01-01T00:00:00.000Z' } };
const PNG: LabelFile = {
  contentType: 'image/png',
  fileName: `label-${SHIPMENT_ID}.png`,
  base64: btoa('\x89PNG\r\n\x1a\nlabel'),
};
const PDF: LabelFile = {
  contentType: 'application/pdf',
  fileName: `label-${SHIPMENT_ID}.pdf`,
  base64: btoa('%PDF-1.4 label'),
};

async function waitForSelector<T extends Element>(container: HTMLElement, selector: string) {
  return vi.waitFor(() => {
    const element = container.querySelector<T>(selector);
    expect(element).not.toBeNull();
    return element as T;
  });
}

function findLink(container: HTMLElement, name: string): HTMLAnchorElement {
  const links = Array.from(container.querySelectorAll('a'));
  const link = links.find((candidate) => candidate.textContent === name);
  expect(link, name).toBeDefined();

  return link as HTMLAnchorElement;
}

// happy-dom would navigate to the blob on a real click: record which links were clicked instead.
function recordLinkClicks(): HTMLAnchorElement[] {
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });

  return clicked;
}

// The browser says the label loaded; twice, as a reloaded frame would.
async function loadTwice(element: Element): Promise<void> {
  element.dispatchEvent(new Event('load'));
  element.dispatchEvent(new Event('load'));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the extension label page (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('an image label shows with a download link and prints with the page', async () => {
    const received = answerMessages({ GET_SESSION: SESSION, GET_LABEL_FILE: { data: PNG } });
    const print = vi.fn();
    vi.stubGlobal('print', print);

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} />);
    const image = await waitForSelector<HTMLImageElement>(page.container, 'img');
    const download = findLink(page.container, en.labelPage.download);

    expect(image.alt).toBe(en.labelPage.imageLabel);
    expect(image.getAttribute('src')).toMatch(/^blob:/);
    expect(download.getAttribute('href')).toBe(image.getAttribute('src'));
    expect(download.getAttribute('download')).toBe(PNG.fileName);
    expect(messagesOfType(received, 'GET_LABEL_FILE')).toEqual([
      { type: 'GET_LABEL_FILE', shipmentId: SHIPMENT_ID },
    ]);

    await click(findControl(page.container, en.labelPage.print));
    expect(print).toHaveBeenCalledTimes(1);
    page.unmount();
  });

  test('a PDF label shows in a titled frame, and its blob URL is revoked on unmount', async () => {
    answerMessages({ GET_SESSION: SESSION, GET_LABEL_FILE: { data: PDF } });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} />);
    const frame = await waitForSelector<HTMLIFrameElement>(page.container, 'iframe');
    const url = frame.getAttribute('src');

    expect(frame.title).toBe(en.labelPage.pdfLabel);
    expect(url).toMatch(/^blob:/);
    expect(findLink(page.container, en.labelPage.download).getAttribute('download')).toBe(
      PDF.fileName,
    );

    page.unmount();
    expect(revoke).toHaveBeenCalledWith(url);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('action=download starts the download once, even when the file is fetched again', async () => {
    answerMessages({ GET_SESSION: SESSION, GET_LABEL_FILE: { data: PNG } });
    const clicked = recordLinkClicks();
    const print = vi.fn();
    vi.stubGlobal('print', print);

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} action="download" />);
    const image = await waitForSelector<HTMLImageElement>(page.container, 'img');
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    const first = image.getAttribute('src');

    expect(clicked[0]?.getAttribute('download')).toBe(PNG.fileName);
    expect(clicked[0]?.getAttribute('href')).toBe(first);
    page.queryClient.setQueryData(labelFileQueryOptions('tenant-a', SHIPMENT_ID).queryKey, {
      ...PNG,
      base64: btoa('\x89PNG\r\n\x1a\nreprinted'),
    });
    const shownAgain = await vi.waitFor(() => {
      const next = page.container.querySelector('img');
      expect(next?.getAttribute('src')).not.toBe(first);
      return next as HTMLImageElement;
    });
    await loadTwice(shownAgain);

    expect(clicked).toHaveLength(1);
    expect(print).not.toHaveBeenCalled();
    expect(findControl(page.container, en.labelPage.print)).toBeTruthy();
    page.unmount();
  });

  test('action=print on an image prints the page once the label has loaded, once', async () => {
    answerMessages({ GET_SESSION: SESSION, GET_LABEL_FILE: { data: PNG } });
    const clicked = recordLinkClicks();
    const print = vi.fn();
    vi.stubGlobal('print', print);

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} action="print" />);
    const image = await waitForSelector<HTMLImageElement>(page.container, 'img');
    await loadTwice(image);

    expect(print).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([]);
    expect(findLink(page.container, en.labelPage.download).getAttribute('download')).toBe(
      PNG.fileName,
    );
    page.unmount();
  });

  test('action=print on a PDF prints the frame, or the page where the frame refuses', async () => {
    answerMessages({ GET_SESSION: SESSION, GET_LABEL_FILE: { data: PDF } });
    const print = vi.fn();
    vi.stubGlobal('print', print);

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} action="print" />);
    const frame = await waitForSelector<HTMLIFrameElement>(page.container, 'iframe');
    const framePrint = vi.fn(() => {
      throw new Error('Blocked by the viewer');
    });
    vi.spyOn(frame, 'contentWindow', 'get').mockReturnValue({ print: framePrint } as never);
    await loadTwice(frame);

    expect(framePrint).toHaveBeenCalledTimes(1);
    expect(print).toHaveBeenCalledTimes(1);
    page.unmount();
  });

  test('a plain view neither downloads nor prints by itself', async () => {
    answerMessages({ GET_SESSION: SESSION, GET_LABEL_FILE: { data: PNG } });
    const clicked = recordLinkClicks();
    const print = vi.fn();
    vi.stubGlobal('print', print);

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} action="view" />);
    const image = await waitForSelector<HTMLImageElement>(page.container, 'img');
    await loadTwice(image);

    expect(clicked).toEqual([]);
    expect(print).not.toHaveBeenCalled();
    page.unmount();
  });

  test.each([
    ['download', 'download'],
    ['print', 'print'],
    ['view', 'view'],
    [null, 'view'],
    ['PRINT', 'view'],
    ['javascript:alert(1)', 'view'],
  ] as const)('the address action %j is read as %s', (value, action) => {
    expect(readLabelAction(value)).toBe(action);
  });

  test('a label not available says what to do, and Try again asks again', async () => {
    const received = answerMessages({
      GET_SESSION: SESSION,
      GET_LABEL_FILE: answerInTurn(
        { error: { code: 'NOT_FOUND', message: 'Nothing was found here.' } },
        { data: PNG },
      ),
    });

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} />);
    const alert = await waitForSelector(page.container, '[role="alert"]');

    expect(alert.textContent).toBe(en.labelPage.notFound);
    await click(findControl(page.container, en.labelPage.tryAgain));
    await waitForSelector(page.container, 'img');
    expect(messagesOfType(received, 'GET_LABEL_FILE')).toHaveLength(2);
    page.unmount();
  });

  test('an unreachable server shows the background message with Try again', async () => {
    const message = 'The Kayistra server at http://127.0.0.1:8787 cannot be reached.';
    answerMessages({
      GET_SESSION: SESSION,
      GET_LABEL_FILE: { error: { code: 'SERVER_UNREACHABLE', message } },
    });

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} />);
    const alert = await waitForSelector(page.container, '[data-code="SERVER_UNREACHABLE"]');

    expect(alert.textContent).toBe(message);
    expect(findControl(page.container, en.labelPage.tryAgain)).toBeTruthy();
    page.unmount();
  });

  test.each([
    ['no session', { GET_SESSION: { data: null } }],
    [
      'a session the server no longer honours',
      {
        GET_SESSION: SESSION,
        GET_LABEL_FILE: { error: { code: 'UNAUTHENTICATED', message: 'Please sign in again.' } },
      },
    ],
  ] as const)('with %s the page asks to sign in, in Turkish too', async (_case, answers) => {
    const received = answerMessages(answers);
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();

    const page = await renderPage(<LabelApp shipmentId={SHIPMENT_ID} />, tr);
    const alert = await waitForSelector(page.container, '[role="alert"]');

    expect(alert.textContent).toContain(tr.labelPage.signedOut);
    await click(findControl(page.container, tr.common.openSettings));
    expect(openOptions).toHaveBeenCalledTimes(1);
    expect(messagesOfType(received, 'GET_LABEL_FILE').length).toBeLessThanOrEqual(1);
    page.unmount();
  });

  test('without a shipment in the URL nothing is asked for', async () => {
    const received = answerMessages({ GET_SESSION: SESSION });

    const page = await renderPage(<LabelApp shipmentId={null} />);
    const alert = await waitForSelector(page.container, '[role="alert"]');

    expect(alert.textContent).toBe(en.labelPage.noShipment);
    expect(messagesOfType(received, 'GET_LABEL_FILE')).toEqual([]);
    page.unmount();
  });
});
