import { browser } from 'wxt/browser';
import type { ExtensionRequestType } from '../api/messages.ts';
import { getExtensionUrl } from './extension-url.ts';

/** Where a message came from: a page of ours (popup, options, label page) or a content script. */
export type SenderOrigin = 'extension_page' | 'content_script';

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: object;
  // 0 for a tab's top frame; set only when `tab` is.
  frameId?: number;
}

// What the Seller Central panels (order label panel, order list badges) need, and nothing more.
// Content scripts share a renderer with Seller Central's own scripts: if that renderer is ever
// compromised, it must not sign in or out, change credentials, Amazon connections or shipping
// settings (the panel reads only the default service: shipping-calls.ts withholds the sender's
// address and IOSS number from it), or read a label file (the buyer's address). It can still
// buy a label, which is the panel's purpose, and edit SKU profiles, which hold the panel's
// customs fields per item.
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<ExtensionRequestType> = new Set([
  'GET_HEALTH',
  'GET_SESSION',
  'GET_PAGE_SETTINGS',
  'GET_ORDER',
  'GET_QUOTES',
  'BUY_LABEL',
  'GET_SHIPMENT',
  'OPEN_LABEL',
  'OPEN_OPTIONS',
  'GET_ORDER_BADGES',
  'GET_SHIPPING_SETTINGS',
  'LIST_SKUS',
  'SAVE_SKU_PROFILE',
] satisfies ExtensionRequestType[]);

// runtime.onMessage only carries our own pages' and content scripts' messages (web pages and other
// extensions would need onMessageExternal, which we never listen to); the id is checked anyway.
export function classifySender(sender: MessageSenderLike): SenderOrigin | undefined {
  if (sender.id !== browser.runtime.id) {
    return undefined;
  }

  const isOwnUrl = sender.url?.startsWith(getExtensionUrl('/')) ?? false;

  return isOwnUrl && !isFramedInTab(sender) ? 'extension_page' : 'content_script';
}

export function isAllowedFrom(origin: SenderOrigin, type: ExtensionRequestType): boolean {
  return origin === 'extension_page' || CONTENT_SCRIPT_MESSAGES.has(type);
}

// No page of ours is web-accessible, so no site can frame one today (tests/extension/manifest
// checks). Should one ever be, a copy framed inside Seller Central's tab is driven by that page
// (its query string, its clicks) and is trusted no more than a content script.
function isFramedInTab(sender: MessageSenderLike): boolean {
  return sender.tab !== undefined && (sender.frameId ?? 0) !== 0;
}
