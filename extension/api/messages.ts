import { z } from 'zod';
import {
  AmazonAuthorizeResponseSchema,
  AmazonRegionSchema,
  ShipentegraAccountSchema,
} from '../../shared/api/connections.ts';
import { HealthSchema } from '../../shared/api/health.ts';
import { MeSchema } from '../../shared/api/me.ts';
import {
  MfaSetupResponseSchema,
  MfaStateSchema,
  TenantSecuritySettingsSchema,
} from '../../shared/api/mfa.ts';
import { LabelBadgeSchema, OrderDetailSchema } from '../../shared/api/orders.ts';
import { QuotesResponseSchema } from '../../shared/api/quotes.ts';
import {
  LabelSummarySchema,
  ShipmentAnswerSchema,
  ShipmentViewSchema,
} from '../../shared/api/shipments.ts';
import {
  PackageOverrideSchema,
  ShippingSettingsSchema,
  SkuListSchema,
  SkuSummarySchema,
} from '../../shared/api/shipping.ts';
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

// Amazon order ids (`113-1234567-1234567`); the URL is the only place a panel reads one from.
const OrderIdSchema = z.string().regex(/^\d{3}-\d{7}-\d{7}$/);
// Our server's ids (UUIDs): letters, digits, `-` and `_` only. A `..` would pass encodeURIComponent
// unchanged and climb out of `/api/shipments/` once the URL is resolved.
const ShipmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** How a label request ended: `other_active` carries the order's live shipment instead. */
export const LabelPurchaseSchema = z.object({
  outcome: z.enum(['created', 'joined', 'other_active']),
  shipment: ShipmentViewSchema,
});
export type LabelPurchase = z.infer<typeof LabelPurchaseSchema>;

export const OrderBadgesSchema = z.object({
  badges: z.array(z.object({ orderId: z.string(), badge: LabelBadgeSchema.nullable() })),
});
export type OrderBadges = z.infer<typeof OrderBadgesSchema>;

// The formats carriers' labels come in. Anything else is refused, never shown on a page of ours.
export const LabelContentTypeSchema = z.enum(['application/pdf', 'image/png', 'image/gif']);
export type LabelContentType = z.infer<typeof LabelContentTypeSchema>;

// What the label page does once the file shows: the panel's Download and Print buttons each ask
// for their own, so the seller does not have to press it a second time on our page.
export const LabelActionSchema = z.enum(['view', 'download', 'print']);
export type LabelAction = z.infer<typeof LabelActionSchema>;

/** A label file for the extension's label page: base64, since messages carry JSON only. */
export const LabelFileSchema = z.object({
  contentType: LabelContentTypeSchema,
  fileName: z.string(),
  base64: z.string(),
});
export type LabelFile = z.infer<typeof LabelFileSchema>;

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
  GET_ORDER: {
    request: request('GET_ORDER', { orderId: OrderIdSchema }),
    reply: OrderDetailSchema,
  },
  GET_QUOTES: {
    request: request('GET_QUOTES', {
      orderId: OrderIdSchema,
      package: PackageOverrideSchema.optional(),
    }),
    reply: QuotesResponseSchema,
  },
  // The key is made once per click in the panel, so a repeated message joins the same purchase.
  BUY_LABEL: {
    request: request('BUY_LABEL', {
      orderId: OrderIdSchema,
      idempotencyKey: z.string().min(8).max(128),
      serviceName: z.string().max(80),
      package: PackageOverrideSchema.optional(),
      isUnknownLabelChecked: z.boolean().optional(),
    }),
    reply: LabelPurchaseSchema,
  },
  GET_SHIPMENT: {
    request: request('GET_SHIPMENT', { orderId: OrderIdSchema }),
    reply: ShipmentAnswerSchema,
  },
  // Opens the extension's own label page in a new tab: the file (the buyer's address) never
  // enters Seller Central's page. Without an action (an older panel) the page only shows it.
  OPEN_LABEL: {
    request: request('OPEN_LABEL', {
      shipmentId: ShipmentIdSchema,
      action: LabelActionSchema.optional(),
    }),
    reply: z.null(),
  },
  // A content script cannot open the options page itself (runtime.openOptionsPage is not theirs).
  OPEN_OPTIONS: { request: request('OPEN_OPTIONS'), reply: z.null() },
  // Extension pages only: the background refuses it from content scripts.
  GET_LABEL_FILE: {
    request: request('GET_LABEL_FILE', { shipmentId: ShipmentIdSchema }),
    reply: LabelFileSchema,
  },
  GET_ORDER_BADGES: {
    request: request('GET_ORDER_BADGES', { orderIds: z.array(OrderIdSchema).min(1).max(100) }),
    reply: OrderBadgesSchema,
  },
  GET_LABEL_SUMMARY: { request: request('GET_LABEL_SUMMARY'), reply: LabelSummarySchema },
  // A content script gets `sender` and `iossNumber` as null whatever is saved (the panel needs
  // only the default service); our own pages get everything.
  GET_SHIPPING_SETTINGS: {
    request: request('GET_SHIPPING_SETTINGS'),
    reply: ShippingSettingsSchema,
  },
  // The form's values as typed; the server validates them and names each refused field.
  SAVE_SHIPPING_SETTINGS: {
    request: request('SAVE_SHIPPING_SETTINGS', { settings: z.record(z.string(), z.unknown()) }),
    reply: ShippingSettingsSchema,
  },
  LIST_SKUS: {
    request: request('LIST_SKUS', {
      q: z.string().max(100).optional(),
      isIncompleteOnly: z.boolean().optional(),
      cursor: z.string().max(400).optional(),
    }),
    reply: SkuListSchema,
  },
  SAVE_SKU_PROFILE: {
    request: request('SAVE_SKU_PROFILE', {
      sku: z.string().min(1).max(100),
      profile: z.record(z.string(), z.unknown()),
    }),
    reply: SkuSummarySchema,
  },
  // Extension pages only, like every account change: a compromised Seller Central renderer must
  // not read a fresh secret or switch two-factor authentication off.
  MFA_SETUP: { request: request('MFA_SETUP'), reply: MfaSetupResponseSchema },
  MFA_ENABLE: {
    request: request('MFA_ENABLE', { code: z.string().max(16) }),
    reply: MfaStateSchema,
  },
  MFA_DISABLE: {
    request: request('MFA_DISABLE', { password: z.string().max(256), code: z.string().max(16) }),
    reply: MfaStateSchema,
  },
  SET_TENANT_MFA_REQUIRED: {
    request: request('SET_TENANT_MFA_REQUIRED', { mfaRequired: z.boolean() }),
    reply: TenantSecuritySettingsSchema,
  },
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
  MESSAGES.GET_ORDER.request,
  MESSAGES.GET_QUOTES.request,
  MESSAGES.BUY_LABEL.request,
  MESSAGES.GET_SHIPMENT.request,
  MESSAGES.OPEN_LABEL.request,
  MESSAGES.OPEN_OPTIONS.request,
  MESSAGES.GET_LABEL_FILE.request,
  MESSAGES.GET_ORDER_BADGES.request,
  MESSAGES.GET_LABEL_SUMMARY.request,
  MESSAGES.GET_SHIPPING_SETTINGS.request,
  MESSAGES.SAVE_SHIPPING_SETTINGS.request,
  MESSAGES.LIST_SKUS.request,
  MESSAGES.SAVE_SKU_PROFILE.request,
  MESSAGES.MFA_SETUP.request,
  MESSAGES.MFA_ENABLE.request,
  MESSAGES.MFA_DISABLE.request,
  MESSAGES.SET_TENANT_MFA_REQUIRED.request,
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
