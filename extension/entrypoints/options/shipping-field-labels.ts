import type { Messages } from '../../locales/en.ts';
import { DRAFT_FIELD_PATHS, type ShippingSettingsDraft } from './shipping-settings-draft.ts';

type ShippingMessages = Messages['shippingOptions']['shipping'];
type LabelKey = {
  [K in keyof ShippingMessages]: ShippingMessages[K] extends string ? K : never;
}[keyof ShippingMessages];

const LABEL_KEYS: Record<keyof ShippingSettingsDraft, LabelKey> = {
  name: 'name',
  company: 'company',
  address1: 'address1',
  address2: 'address2',
  city: 'city',
  district: 'district',
  postalCode: 'postalCode',
  phone: 'phone',
  email: 'email',
  iossNumber: 'iossNumber',
  defaultServiceName: 'defaultService',
  labelFormat: 'labelFormat',
};

/** Each server field path of the shipping form with its input's label, to name what to fix. */
export function listShippingFieldLabels(t: ShippingMessages): ReadonlyMap<string, string> {
  const fields = Object.keys(LABEL_KEYS) as (keyof ShippingSettingsDraft)[];

  return new Map(fields.map((field) => [DRAFT_FIELD_PATHS[field], t[LABEL_KEYS[field]]]));
}
