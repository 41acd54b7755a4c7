import { browser } from 'wxt/browser';
import { ExtensionError } from '../api/extension-error.ts';
import {
  type ExtensionFailure,
  type ExtensionReplies,
  type ExtensionRequest,
  ExtensionRequestSchema,
  type MessageResult,
} from '../api/messages.ts';
import type { Logger } from '../logging/logger.ts';
import {
  authorizeAmazon,
  disconnectAmazon,
  getMe,
  saveShipentegraCredentials,
} from './account-calls.ts';
import { getHealth } from './get-health.ts';
import { buyLabel, getLabelSummary, getShipment } from './label-calls.ts';
import { getLabelFile, openLabelPage } from './label-file.ts';
import { disableMfa, enableMfa, setTenantMfaRequired, setUpMfa } from './mfa-calls.ts';
import { getOrder, getOrderBadges, getQuotes } from './order-calls.ts';
import { getPageSettings } from './page-settings.ts';
import {
  classifySender,
  isAllowedFrom,
  type MessageSenderLike,
  type SenderOrigin,
} from './sender-access.ts';
import {
  getPanelShippingSettings,
  getShippingSettings,
  listSkus,
  saveShippingSettings,
  saveSkuProfile,
} from './shipping-calls.ts';
import { getSession, signIn, signOut } from './sign-in.ts';
import { getSyncStatus, startSync } from './sync-calls.ts';

type Reply = ExtensionReplies[keyof ExtensionReplies];

function dispatch(request: ExtensionRequest, origin: SenderOrigin): Promise<Reply> {
  switch (request.type) {
    case 'GET_HEALTH':
      return getHealth();
    case 'GET_SESSION':
      return getSession();
    case 'SIGN_IN':
      return signIn(request);
    case 'SIGN_OUT':
      return signOut();
    case 'GET_ME':
      return getMe();
    case 'GET_SYNC_STATUS':
      return getSyncStatus();
    case 'START_SYNC':
      return startSync(request.kinds);
    case 'AMAZON_AUTHORIZE':
      return authorizeAmazon(request.region);
    case 'AMAZON_DISCONNECT':
      return disconnectAmazon(request.region);
    case 'SAVE_SHIPENTEGRA_CREDENTIALS':
      return saveShipentegraCredentials(request);
    case 'GET_PAGE_SETTINGS':
      return getPageSettings();
    case 'GET_ORDER':
      return getOrder(request.orderId);
    case 'GET_QUOTES':
      return getQuotes(request.orderId, request.package);
    case 'BUY_LABEL':
      return buyLabel(request);
    case 'GET_SHIPMENT':
      return getShipment(request.orderId);
    case 'OPEN_LABEL':
      return openLabelPage(request.shipmentId, request.action);
    case 'OPEN_OPTIONS':
      return browser.runtime.openOptionsPage().then(() => null);
    case 'GET_LABEL_FILE':
      return getLabelFile(request.shipmentId);
    case 'GET_ORDER_BADGES':
      return getOrderBadges(request.orderIds);
    case 'GET_LABEL_SUMMARY':
      return getLabelSummary();
    case 'GET_SHIPPING_SETTINGS':
      return origin === 'content_script' ? getPanelShippingSettings() : getShippingSettings();
    case 'SAVE_SHIPPING_SETTINGS':
      return saveShippingSettings(request.settings);
    case 'LIST_SKUS':
      return listSkus(request);
    case 'SAVE_SKU_PROFILE':
      return saveSkuProfile(request.sku, request.profile);
    case 'MFA_SETUP':
      return setUpMfa();
    case 'MFA_ENABLE':
      return enableMfa(request.code);
    case 'MFA_DISABLE':
      return disableMfa(request);
    case 'SET_TENANT_MFA_REQUIRED':
      return setTenantMfaRequired(request.mfaRequired);
  }
}

function toFailure(error: unknown, logger: Logger): ExtensionFailure {
  if (error instanceof ExtensionError) {
    return error.toFailure();
  }

  logger.error('Unexpected error while handling a message', error);
  return { code: 'INTERNAL', message: 'Something went wrong in the extension. Please try again.' };
}

// `origin` says who asked (see sender-access.ts); listenForMessages always works it out from
// Chrome's sender, and tests name it.
export async function handleMessage(
  unverifiedMessage: unknown,
  logger: Logger,
  origin: SenderOrigin = 'extension_page',
): Promise<MessageResult<Reply>> {
  const request = ExtensionRequestSchema.safeParse(unverifiedMessage);
  if (!request.success) {
    return { ok: false, error: { code: 'BAD_MESSAGE', message: 'Unknown request.' } };
  }

  if (!isAllowedFrom(origin, request.data.type)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not ask for that.' } };
  }

  try {
    return { ok: true, data: await dispatch(request.data, origin) };
  } catch (error) {
    return { ok: false, error: toFailure(error, logger) };
  }
}

export function listenForMessages(logger: Logger): void {
  browser.runtime.onMessage.addListener((message, sender: MessageSenderLike, sendResponse) => {
    const origin = classifySender(sender);
    if (!origin) {
      return false;
    }

    void handleMessage(message, logger, origin).then(sendResponse);
    // Keeps the channel open until the asynchronous answer is sent.
    return true;
  });
}
