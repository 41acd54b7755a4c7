// The popup's label to-do counts, in English.
export const labelSummaryEn = {};
