import type { labelPageEn } from './label-page.en.ts';

// The extension's own label page (view, download, print), in Turkish: the same keys as English.
export const labelPageTr: typeof labelPageEn = {};
