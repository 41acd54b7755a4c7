// Options: shipping defaults and SKU profiles, in English.
export const shippingOptionsEn = {};
