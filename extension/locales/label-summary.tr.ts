import type { labelSummaryEn } from './label-summary.en.ts';

// The popup's label to-do counts, in Turkish: the same keys as English.
export const labelSummaryTr: typeof labelSummaryEn = {
  heading: 'Etiketler',
  withoutLabel: (count) => `Etiketi olmayan, gönderilmemiş siparişler: ${count}`,
  awaitingAmazon: (count) => `Amazon'da henüz onaylanmamış etiketler: ${count}`,
  needsAttention: (count) => `İlgilenmeniz gereken gönderiler: ${count}`,
};
