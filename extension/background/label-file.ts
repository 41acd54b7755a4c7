import { browser } from 'wxt/browser';
import { ExtensionError } from '../api/extension-error.ts';
import {
  type LabelAction,
  type LabelContentType,
  LabelContentTypeSchema,
  type LabelFile,
} from '../api/messages.ts';
import { getExtensionUrl } from './extension-url.ts';
import { sendAsSeller } from './server-call.ts';
import { toServerError } from './server-error.ts';

// Carrier labels are a few hundred kilobytes; past this the answer is not a label, and as base64
// in a message it would only tie up the service worker.
export const MAX_LABEL_FILE_BYTES = 3 * 1024 * 1024;

const FILE_EXTENSIONS: Record<LabelContentType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/gif': 'gif',
};

function refuse(message: string): ExtensionError {
  return new ExtensionError({ code: 'BAD_SERVER_RESPONSE', message });
}

function readContentType(response: Response): LabelContentType {
  const declared = response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  const contentType = LabelContentTypeSchema.safeParse(declared);
  if (!contentType.success) {
    throw refuse('The server sent a label in a format the extension does not show.');
  }

  return contentType.data;
}

// In slices: a spread of 3 MB of bytes into one call would overflow the argument stack.
function encodeBase64(bytes: Uint8Array): string {
  const slices: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x8000) {
    slices.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }

  return btoa(slices.join(''));
}

async function readBytes(response: Response): Promise<Uint8Array> {
  const declaredLength = Number(response.headers.get('Content-Length') ?? 0);
  if (declaredLength > MAX_LABEL_FILE_BYTES) {
    throw refuse('The label file is too large to show.');
  }

  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_LABEL_FILE_BYTES) {
    throw refuse('The label file is too large to show.');
  }

  return bytes;
}

// The label shows the buyer's address: it goes to the extension's own label page only (the
// router refuses this message from content scripts), and nothing here keeps or logs it.
export async function getLabelFile(shipmentId: string): Promise<LabelFile> {
  const path = `/api/shipments/${encodeURIComponent(shipmentId)}/label`;
  const { response, serverUrl } = await sendAsSeller(path, {
    headers: { Accept: 'application/pdf, image/png, image/gif' },
  });

  if (!response.ok) {
    throw await toServerError(response, serverUrl);
  }

  const contentType = readContentType(response);
  const bytes = await readBytes(response);
  const safeId = shipmentId.replace(/[^A-Za-z0-9_-]/g, '-');

  return {
    contentType,
    fileName: `label-${safeId}.${FILE_EXTENSIONS[contentType]}`,
    base64: encodeBase64(bytes),
  };
}

// A plain view keeps the page's address as it always was; an action rides along for the page,
// which checks it again (an address anyone can type).
export function labelPageUrl(shipmentId: string, action: LabelAction = 'view'): string {
  const query = new URLSearchParams({ shipment: shipmentId });
  if (action !== 'view') {
    query.set('action', action);
  }

  return `${getExtensionUrl('/label.html')}?${query}`;
}

// A tab of our own: Seller Central's page never holds the file, only the button that opens it.
export async function openLabelPage(
  shipmentId: string,
  action: LabelAction = 'view',
): Promise<null> {
  await browser.tabs.create({ url: labelPageUrl(shipmentId, action) });

  return null;
}
