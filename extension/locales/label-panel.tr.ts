import type { labelPanelEn } from './label-panel.en.ts';

// The order page's label panel, in Turkish: the same keys as English.
export const labelPanelTr: typeof labelPanelEn = {};
