import type { orderListEn } from './order-list.en.ts';

// The badges beside each order on Manage Orders, in Turkish: the same keys as English.
export const orderListTr: typeof orderListEn = {};
