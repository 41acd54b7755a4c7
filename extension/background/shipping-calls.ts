import {
  ShippingSettingsSchema,
  SkuListSchema,
  SkuSummarySchema,
} from '../../shared/api/shipping.ts';
import type { RequestOf } from '../api/messages.ts';
import { callServerAsSeller } from './server-call.ts';

export function getShippingSettings() {
  return callServerAsSeller('/api/settings/shipping', { schema: ShippingSettingsSchema });
}

// For Seller Central's renderer: the label panel reads only the default service, so the seller's
// own name, address, phone and IOSS number stay with the options page instead of sitting in a
// process Amazon's scripts share. Withheld fields read as unset; the server checks the real ones
// before it buys a label.
export async function getPanelShippingSettings() {
  const settings = await getShippingSettings();

  return { ...settings, sender: null, iossNumber: null };
}

// The form's values go as they are: the server validates them and answers VALIDATION_FAILED with
// the refused fields, which reach the form in the failure's `fields`.
export function saveShippingSettings(settings: Record<string, unknown>) {
  return callServerAsSeller('/api/settings/shipping', {
    method: 'PUT',
    body: settings,
    schema: ShippingSettingsSchema,
  });
}

export function listSkus(request: RequestOf<'LIST_SKUS'>) {
  const query = new URLSearchParams();
  if (request.q) {
    query.set('q', request.q);
  }

  if (request.isIncompleteOnly) {
    query.set('incomplete', 'true');
  }

  if (request.cursor) {
    query.set('cursor', request.cursor);
  }

  const search = query.size > 0 ? `?${query}` : '';

  return callServerAsSeller(`/api/skus${search}`, { schema: SkuListSchema });
}

// SKUs are the seller's own strings and may hold `/`, `#` or spaces.
export function saveSkuProfile(sku: string, profile: Record<string, unknown>) {
  return callServerAsSeller(`/api/skus/${encodeURIComponent(sku)}/shipping-profile`, {
    method: 'PUT',
    body: profile,
    schema: SkuSummarySchema,
  });
}
