import type { Agent } from 'node:https';
import { HttpsRequestError, sendHttpsRequest } from '../net/https-request.ts';
import { SHIPENTEGRA_HOST } from '../net/remote-hosts.ts';
import { ShipentegraError } from './shipentegra-errors.ts';

export type LabelFileFormat = 'pdf' | 'png' | 'gif';

export interface LabelFile {
  format: LabelFileFormat;
  contentType: string;
  bytes: Buffer;
}

export interface LabelFileOptions {
  /** Hosts a label link may point at; only Shipentegra's own unless configured otherwise. */
  allowedHosts?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
}

// A 4x6 label is tens of kilobytes; anything near this is not a label.
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const FORMATS: ReadonlyArray<{ format: LabelFileFormat; contentType: string; magic: string }> = [
  { format: 'pdf', contentType: 'application/pdf', magic: '%PDF-' },
  { format: 'png', contentType: 'image/png', magic: '\x89PNG\r\n\x1a\n' },
  { format: 'gif', contentType: 'image/gif', magic: 'GIF8' },
];

/**
 * Fetches a label file from the URL the label call returned. The link carries the buyer's
 * address and needs no token, so no token is sent; the host is checked so a tampered or
 * unexpected link cannot make our server fetch arbitrary addresses (SSRF).
 */
export async function downloadLabelFile(
  agent: Agent,
  unverifiedUrl: string,
  options: LabelFileOptions = {},
): Promise<LabelFile> {
  const url = checkLabelUrl(unverifiedUrl, options.allowedHosts ?? [SHIPENTEGRA_HOST]);
  const response = await fetchFile(agent, url, options);

  if (response.status !== 200) {
    const kind = response.status >= 500 ? 'unavailable' : 'unexpected_response';

    throw new ShipentegraError(kind, { status: response.status, reason: 'label_file' });
  }

  return identifyLabelFile(response.headers['content-type'], response.body);
}

function checkLabelUrl(unverifiedUrl: string, allowedHosts: readonly string[]): string {
  const url = new URL(unverifiedUrl);

  if (url.protocol !== 'https:' || url.port !== '' || !allowedHosts.includes(url.hostname)) {
    throw new ShipentegraError('unexpected_response', { reason: 'label_url_not_allowed' });
  }

  return url.toString();
}

async function fetchFile(agent: Agent, url: string, options: LabelFileOptions) {
  try {
    return await sendHttpsRequest({
      url,
      method: 'GET',
      agent,
      headers: { accept: 'application/pdf, image/png, image/gif' },
      timeoutMs: options.timeoutMs ?? 20_000,
      maxResponseBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    });
  } catch (error) {
    if (error instanceof HttpsRequestError) {
      throw new ShipentegraError('unavailable', { reason: error.reason });
    }

    throw error;
  }
}

/** The declared type and the file's first bytes must agree: we store and serve it as such. */
export function identifyLabelFile(declaredType: string | undefined, bytes: Buffer): LabelFile {
  const contentType = declaredType?.split(';')[0]?.trim().toLowerCase();
  const known = FORMATS.find((entry) => entry.contentType === contentType);
  const isMatchingBytes =
    known && bytes.subarray(0, known.magic.length).toString('latin1') === known.magic;

  if (!known || !isMatchingBytes) {
    throw new ShipentegraError('unexpected_response', { reason: 'label_file_type' });
  }

  return { format: known.format, contentType: known.contentType, bytes };
}
