import type { shippingOptionsEn } from './shipping-options.en.ts';

// Options: shipping defaults and SKU profiles, in Turkish: the same keys as English.
export const shippingOptionsTr: typeof shippingOptionsEn = {};
