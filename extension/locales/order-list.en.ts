// The badges beside each order on Manage Orders, in English.
export const orderListEn = {};
