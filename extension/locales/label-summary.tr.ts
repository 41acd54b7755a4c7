import type { labelSummaryEn } from './label-summary.en.ts';

// The popup's label to-do counts, in Turkish: the same keys as English.
export const labelSummaryTr: typeof labelSummaryEn = {};
