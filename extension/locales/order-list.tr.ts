import type { orderListEn } from './order-list.en.ts';

// Manage Orders badges and the popup's label counts, in Turkish: the same keys as English.
export const orderListTr: typeof orderListEn = {};
