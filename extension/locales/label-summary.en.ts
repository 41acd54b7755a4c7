// The popup's label to-do counts, in English.
export const labelSummaryEn = {
  heading: 'Labels',
  withoutLabel: (count: number) => `Unshipped orders without a label: ${count}`,
  awaitingAmazon: (count: number) => `Labels not yet confirmed on Amazon: ${count}`,
  needsAttention: (count: number) => `Shipments needing attention: ${count}`,
};
