// The order page's label panel, in English.
export const labelPanelEn = {};
