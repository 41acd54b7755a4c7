// Manage Orders badges and the popup's label counts, in English.
export const orderListEn = {};
