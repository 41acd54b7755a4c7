import { describe, expect, test, vi } from 'vitest';
import { LabelFileSchema } from '../../extension/api/messages.ts';
import { MAX_LABEL_FILE_BYTES } from '../../extension/background/label-file.ts';
import { errorAnswer, SERVER_URL, startEachTestSignedIn, TOKEN } from './support/fake-server.ts';
import { SHIPMENT_ID } from './support/label-fixtures.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { sendToBackground } = await import('./support/fake-extension.ts');

const PDF_BYTES = new TextEncoder().encode('%PDF-1.4 label\n\u0000\u00ff');
const GET_LABEL_FILE = { type: 'GET_LABEL_FILE', shipmentId: SHIPMENT_ID };

// The label route answers bytes, not JSON, so this fake serves the file itself.
function serveFile(body: BodyInit | null, headers: Record<string, string>, status = 200) {
  const fetch = vi.fn(async (_input: URL | RequestInfo, _init?: RequestInit) => {
    return new Response(body, { status, headers });
  });
  vi.stubGlobal('fetch', fetch);

  return fetch;
}

describe('GET_LABEL_FILE in the background (issue #6)', () => {
  startEachTestSignedIn();

  test('the file comes back as base64 with its type and a file name', async () => {
    const fetch = serveFile(PDF_BYTES, { 'Content-Type': 'application/pdf; qs=0.9' });

    const result = await sendToBackground(GET_LABEL_FILE);

    expect(result).toEqual({
      ok: true,
      data: {
        contentType: 'application/pdf',
        fileName: `label-${SHIPMENT_ID}.pdf`,
        base64: Buffer.from(PDF_BYTES).toString('base64'),
      },
    });

    const [url, init] = fetch.mock.calls[0] ?? [];
    const headers = new Headers(init?.headers);
    expect(String(url)).toBe(`${SERVER_URL}/api/shipments/${SHIPMENT_ID}/label`);
    expect(headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('Accept')).toBe('application/pdf, image/png, image/gif');
  });

  test('an image label is named for its type and its shipment id', async () => {
    serveFile(new Uint8Array([0x47, 0x49, 0x46, 0x38]), { 'Content-Type': 'image/gif' });

    const result = await sendToBackground({ type: 'GET_LABEL_FILE', shipmentId: 'shp-1_b' });

    expect(result).toMatchObject({
      ok: true,
      data: { contentType: 'image/gif', fileName: 'label-shp-1_b.gif', base64: 'R0lGOA==' },
    });
  });

  // The id comes from the label page's URL, which anyone may open: `..` would survive
  // encodeURIComponent and resolve `/api/shipments/../label` to another route.
  test.each(['..', '../a b', '%2E%2E', 'shp 1'])(
    'a shipment id of %j is refused before the server hears of it',
    async (shipmentId) => {
      const fetch = serveFile(PDF_BYTES, { 'Content-Type': 'application/pdf' });

      const result = await sendToBackground({ type: 'GET_LABEL_FILE', shipmentId });

      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_MESSAGE' } });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  test('a large label survives the base64 round trip', async () => {
    const bytes = new Uint8Array(200_000).map((_, index) => index % 251);
    serveFile(bytes, { 'Content-Type': 'image/png' });

    const result = await sendToBackground(GET_LABEL_FILE);

    const file = LabelFileSchema.parse(result.ok ? result.data : undefined);
    expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  test.each([
    ['a type the extension does not show', new Uint8Array(4), { 'Content-Type': 'text/html' }],
    ['no type at all', new Uint8Array(4), {}],
    [
      'a declared length past the limit',
      new Uint8Array(4),
      { 'Content-Type': 'application/pdf', 'Content-Length': String(MAX_LABEL_FILE_BYTES + 1) },
    ],
    [
      'more bytes than the limit',
      new Uint8Array(MAX_LABEL_FILE_BYTES + 1),
      { 'Content-Type': 'application/pdf' },
    ],
  ])('refuses %s', async (_case, body, headers) => {
    serveFile(body, headers);

    expect(await sendToBackground(GET_LABEL_FILE)).toMatchObject({
      ok: false,
      error: { code: 'BAD_SERVER_RESPONSE' },
    });
  });

  test('a label not stored yet is the server error, for the page to explain', async () => {
    const answer = errorAnswer(409, 'LABEL_NOT_READY', 'The label is not ready yet.');
    serveFile(JSON.stringify(answer.body), { 'Content-Type': 'application/json' }, 409);

    expect(await sendToBackground(GET_LABEL_FILE)).toEqual({
      ok: false,
      error: { code: 'LABEL_NOT_READY', message: 'The label is not ready yet.' },
    });
  });
});
