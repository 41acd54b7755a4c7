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
import { getPageSettings } from './page-settings.ts';
import { getSession, signIn, signOut } from './sign-in.ts';
import { getSyncStatus, startSync } from './sync-calls.ts';

type Reply = ExtensionReplies[keyof ExtensionReplies];

function dispatch(request: ExtensionRequest): Promise<Reply> {
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
  }
}

function toFailure(error: unknown, logger: Logger): ExtensionFailure {
  if (error instanceof ExtensionError) {
    return error.toFailure();
  }

  logger.error('Unexpected error while handling a message', error);
  return { code: 'INTERNAL', message: 'Something went wrong in the extension. Please try again.' };
}

export async function handleMessage(
  unverifiedMessage: unknown,
  logger: Logger,
): Promise<MessageResult<Reply>> {
  const request = ExtensionRequestSchema.safeParse(unverifiedMessage);
  if (!request.success) {
    return { ok: false, error: { code: 'BAD_MESSAGE', message: 'Unknown request.' } };
  }

  try {
    return { ok: true, data: await dispatch(request.data) };
  } catch (error) {
    return { ok: false, error: toFailure(error, logger) };
  }
}

export function listenForMessages(logger: Logger): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // runtime.onMessage only carries our own pages' and content scripts' messages (web pages and
    // other extensions would need onMessageExternal, which we never listen to); checked anyway.
    if (sender.id !== browser.runtime.id) {
      return false;
    }

    void handleMessage(message, logger).then(sendResponse);
    // Keeps the channel open until the asynchronous answer is sent.
    return true;
  });
}
