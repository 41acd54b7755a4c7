// The extension's own label page (view, download, print), in English.
export const labelPageEn = {};
