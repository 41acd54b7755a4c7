import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  AmazonAuthorizeResponseSchema,
  type AmazonRegion,
  ShipentegraAccountSchema,
} from '../../shared/api/connections.ts';
import { MeSchema } from '../../shared/api/me.ts';
import { ExtensionError } from '../api/extension-error.ts';
import type { ExtensionReplies, RequestOf } from '../api/messages.ts';
import { isLoopbackHost } from '../settings/server-url.ts';
import { callServerAsSeller } from './server-call.ts';

export function getMe() {
  return callServerAsSeller('/api/me', { schema: MeSchema });
}

// Only a web page may be opened from the server's answer: a compromised or mistaken server must
// not make the extension open anything else with the seller's browser.
function isConsentPageUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

// Opens Amazon's consent page in a new tab. The seller approves there, our server's callback
// page tells them to close the tab, and the options page then reads the new connection.
export async function authorizeAmazon(
  region: AmazonRegion,
): Promise<ExtensionReplies['AMAZON_AUTHORIZE']> {
  const { url } = await callServerAsSeller(`/api/amazon/authorize?region=${region}`, {
    schema: AmazonAuthorizeResponseSchema,
  });

  if (!isConsentPageUrl(new URL(url))) {
    throw new ExtensionError({
      code: 'BAD_SERVER_RESPONSE',
      message: 'The server sent an Amazon address the extension will not open.',
    });
  }

  const tab = await browser.tabs.create({ url });

  return { url, ...(tab.id === undefined ? {} : { tabId: tab.id }) };
}

export function disconnectAmazon(region: AmazonRegion) {
  return callServerAsSeller(`/api/amazon/connections/${region}`, {
    method: 'DELETE',
    schema: z.null(),
  });
}

export function saveShipentegraCredentials(request: RequestOf<'SAVE_SHIPENTEGRA_CREDENTIALS'>) {
  const { clientId, clientSecret } = request;

  return callServerAsSeller('/api/shipentegra/credentials', {
    method: 'PUT',
    body: { clientId, clientSecret },
    schema: ShipentegraAccountSchema,
  });
}
