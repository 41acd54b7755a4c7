import type {
  SenderAddress,
  ShippingSettings,
  ShippingSettingsInput,
} from '../../shared/api/shipping.ts';
import type { Db } from '../db/connection.ts';
import { type ShippingSettingsRow, shippingSettings } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';

/** What a tenant that never saved its settings sees: no sender yet, the carrier's own files. */
const DEFAULT_SETTINGS: ShippingSettings = {
  sender: null,
  iossNumber: null,
  defaultServiceName: null,
  labelFormat: 'original',
  updatedAt: null,
};

export function getShippingSettings(db: Db, tenantId: string): ShippingSettings {
  const row = db
    .select()
    .from(shippingSettings)
    .where(whereTenant(shippingSettings.tenantId, tenantId))
    .get();

  return row ? toShippingSettings(row) : DEFAULT_SETTINGS;
}

/** Replaces the tenant's settings as a whole (PUT), creating the row on first save. */
export function saveShippingSettings(
  db: Db,
  tenantId: string,
  input: ShippingSettingsInput,
  now: Date,
): ShippingSettings {
  const values = { ...senderColumnsOf(input.sender), ...optionsOf(input), updatedAt: now };

  // The tenant id is the key, taken from the session: an upsert cannot touch another row.
  const row = db
    .insert(shippingSettings)
    .values({ tenantId, ...values, createdAt: now })
    .onConflictDoUpdate({ target: shippingSettings.tenantId, set: values })
    .returning()
    .get();

  return toShippingSettings(row);
}

function senderColumnsOf(sender: SenderAddress) {
  return {
    senderName: sender.name,
    senderCompany: sender.company,
    senderAddress1: sender.address1,
    senderAddress2: sender.address2,
    senderCity: sender.city,
    senderState: sender.state,
    senderPostalCode: sender.postalCode,
    senderCountryCode: sender.countryCode,
    senderPhone: sender.phone,
    senderEmail: sender.email,
  };
}

function optionsOf(input: ShippingSettingsInput) {
  return {
    iossNumber: input.iossNumber,
    defaultServiceName: input.defaultServiceName,
    labelFormat: input.labelFormat,
  };
}

function toShippingSettings(row: ShippingSettingsRow): ShippingSettings {
  return {
    sender: {
      name: row.senderName,
      company: row.senderCompany,
      address1: row.senderAddress1,
      address2: row.senderAddress2,
      city: row.senderCity,
      state: row.senderState,
      postalCode: row.senderPostalCode,
      countryCode: 'TR',
      phone: row.senderPhone,
      email: row.senderEmail,
    },
    iossNumber: row.iossNumber,
    defaultServiceName: row.defaultServiceName,
    labelFormat: row.labelFormat,
    updatedAt: row.updatedAt.toISOString(),
  };
}
