import { z } from 'zod';
import {
  AmazonAuthorizeResponseSchema,
  AmazonRegionSchema,
  ShipentegraAccountSchema,
} from '../../shared/api/connections.ts';
import { HealthSchema } from '../../shared/api/health.ts';
import { MeSchema } from '../../shared/api/me.ts';
import {
  StartSyncResponseSchema,
  SyncKindSchema,
  SyncStatusSchema,
} from '../../shared/api/sync.ts';
import { type ExtensionFailure, ExtensionFailureSchema } from './extension-failure.ts';

export type { ExtensionErrorCode, ExtensionFailure } from './extension-failure.ts';

const ServerHealthSchema = HealthSchema.extend({ serverUrl: z.string() });
export type ServerHealth = z.infer<typeof ServerHealthSchema>;

// What pages may know of the session: never the token, which stays with the background.
export const SignedInSchema = z.object({ tenantId: z.string(), expiresAt: z.iso.datetime() });
export type SignedIn = z.infer<typeof SignedInSchema>;
export const SessionStateSchema = SignedInSchema.nullable();
export type SessionState = z.infer<typeof SessionStateSchema>;

// What a content script needs from settings it may not read itself (storage is closed to it).
export const PageSettingsSchema = z.object({
  isDebugLoggingEnabled: z.boolean(),
  disabledFeatureIds: z.array(z.string()),
});
export type PageSettings = z.infer<typeof PageSettingsSchema>;

const AmazonConsentSchema = AmazonAuthorizeResponseSchema.extend({ tabId: z.number().optional() });

// Strict: a message carrying fields we do not expect (a tenant id, say) is refused, not trimmed,
// since the tenant only ever comes from the session.
function request<T extends string, S extends z.ZodRawShape = Record<never, never>>(
  type: T,
  shape?: S,
) {
  return z.strictObject({ type: z.literal(type), ...(shape ?? ({} as S)) });
}

// Every message to the background, with the reply it gets. Both ends validate: the background
// each request before acting on it, the sender each reply before trusting it. Field contents
// are checked by the server, which answers VALIDATION_FAILED naming the field; here only shapes.
export const MESSAGES = {
  GET_HEALTH: { request: request('GET_HEALTH'), reply: ServerHealthSchema },
  GET_SESSION: { request: request('GET_SESSION'), reply: SessionStateSchema },
  SIGN_IN: {
    request: request('SIGN_IN', {
      email: z.string().max(254),
      password: z.string().max(256),
      totp: z.string().max(16).optional(),
    }),
    reply: SignedInSchema,
  },
  SIGN_OUT: { request: request('SIGN_OUT'), reply: z.null() },
  GET_ME: { request: request('GET_ME'), reply: MeSchema },
  GET_SYNC_STATUS: { request: request('GET_SYNC_STATUS'), reply: SyncStatusSchema },
  START_SYNC: {
    request: request('START_SYNC', { kinds: z.array(SyncKindSchema).min(1).max(2).optional() }),
    reply: StartSyncResponseSchema,
  },
  AMAZON_AUTHORIZE: {
    request: request('AMAZON_AUTHORIZE', { region: AmazonRegionSchema }),
    reply: AmazonConsentSchema,
  },
  AMAZON_DISCONNECT: {
    request: request('AMAZON_DISCONNECT', { region: AmazonRegionSchema }),
    reply: z.null(),
  },
  SAVE_SHIPENTEGRA_CREDENTIALS: {
    request: request('SAVE_SHIPENTEGRA_CREDENTIALS', {
      clientId: z.string().max(200),
      clientSecret: z.string().max(500),
    }),
    reply: ShipentegraAccountSchema,
  },
  GET_PAGE_SETTINGS: { request: request('GET_PAGE_SETTINGS'), reply: PageSettingsSchema },
} as const;

type Contract = typeof MESSAGES;
export type ExtensionRequestType = keyof Contract;

export const ExtensionRequestSchema = z.discriminatedUnion('type', [
  MESSAGES.GET_HEALTH.request,
  MESSAGES.GET_SESSION.request,
  MESSAGES.SIGN_IN.request,
  MESSAGES.SIGN_OUT.request,
  MESSAGES.GET_ME.request,
  MESSAGES.GET_SYNC_STATUS.request,
  MESSAGES.START_SYNC.request,
  MESSAGES.AMAZON_AUTHORIZE.request,
  MESSAGES.AMAZON_DISCONNECT.request,
  MESSAGES.SAVE_SHIPENTEGRA_CREDENTIALS.request,
  MESSAGES.GET_PAGE_SETTINGS.request,
]);

export type ExtensionRequest = z.infer<typeof ExtensionRequestSchema>;
export type RequestOf<T extends ExtensionRequestType> = z.infer<Contract[T]['request']>;
export type ExtensionReplies = { [T in ExtensionRequestType]: z.infer<Contract[T]['reply']> };

export type MessageResult<T> = { ok: true; data: T } | { ok: false; error: ExtensionFailure };

export function parseMessageResult<T extends ExtensionRequestType>(
  type: T,
  unverifiedResult: unknown,
) {
  const schema = z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: MESSAGES[type].reply }),
    z.object({ ok: z.literal(false), error: ExtensionFailureSchema }),
  ]);

  return schema.safeParse(unverifiedResult);
}
