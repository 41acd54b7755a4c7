import type { LabelFormat, ShippingSettings } from '../../../shared/api/shipping.ts';

/** The shipping form as the seller types it: every value a string until the server checks it. */
export interface ShippingSettingsDraft {
  name: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  district: string;
  postalCode: string;
  phone: string;
  email: string;
  iossNumber: string;
  defaultServiceName: string;
  labelFormat: LabelFormat;
}

export type DraftTextField = Exclude<keyof ShippingSettingsDraft, 'labelFormat'>;

/** Where the server reports each draft field's problems (ShippingSettingsInputSchema's paths). */
export const DRAFT_FIELD_PATHS: Record<keyof ShippingSettingsDraft, string> = {
  name: 'sender.name',
  company: 'sender.company',
  address1: 'sender.address1',
  address2: 'sender.address2',
  city: 'sender.city',
  district: 'sender.state',
  postalCode: 'sender.postalCode',
  phone: 'sender.phone',
  email: 'sender.email',
  iossNumber: 'iossNumber',
  defaultServiceName: 'defaultServiceName',
  labelFormat: 'labelFormat',
};

export function toShippingSettingsDraft(settings: ShippingSettings): ShippingSettingsDraft {
  const sender = settings.sender;

  return {
    name: sender?.name ?? '',
    company: sender?.company ?? '',
    address1: sender?.address1 ?? '',
    address2: sender?.address2 ?? '',
    city: sender?.city ?? '',
    district: sender?.state ?? '',
    postalCode: sender?.postalCode ?? '',
    phone: sender?.phone ?? '',
    email: sender?.email ?? '',
    iossNumber: settings.iossNumber ?? '',
    defaultServiceName: settings.defaultServiceName ?? '',
    labelFormat: settings.labelFormat,
  };
}

// A blank optional field means "none"; required ones go as typed, so an empty one is named by
// the server like any other refused value.
function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

export function toShippingSettingsPayload(draft: ShippingSettingsDraft): Record<string, unknown> {
  const sender = {
    name: draft.name,
    company: orNull(draft.company),
    address1: draft.address1,
    address2: orNull(draft.address2),
    city: draft.city,
    state: orNull(draft.district),
    postalCode: draft.postalCode,
    countryCode: 'TR',
    phone: draft.phone,
    email: draft.email,
  };

  return {
    sender,
    iossNumber: orNull(draft.iossNumber),
    defaultServiceName: orNull(draft.defaultServiceName),
    labelFormat: draft.labelFormat,
  };
}
