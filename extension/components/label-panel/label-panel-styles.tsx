import { useLayoutEffect, useRef } from 'react';

// The label panel's own rules, on top of the shared panel card (panel-styles.ts). They live in
// the panel's shadow root like the card's and touch nothing of the page.
const LABEL_PANEL_CSS = `
  .panel h3 { margin: 0 0 4px; font-size: 14px; }
  .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
  .facts dt { color: #565959; }
  .facts dd { margin: 0; }
  .panel table { width: 100%; border-collapse: collapse; }
  .panel th, .panel td { padding: 2px 4px; text-align: left; vertical-align: top; }
  .panel fieldset { margin: 8px 0 0; padding: 8px 0 0; border: 0; border-top: 1px solid #d5d9d9; }
  .panel legend { padding: 0; font-weight: 600; }
  .package { display: grid; grid-template-columns: repeat(2, 1fr); gap: 4px 12px; }
  .package label { display: block; }
  .package input { width: 100%; box-sizing: border-box; }
  .package [aria-invalid="true"] { border-color: #b12704; }
  .field-error { display: block; color: #b12704; font-size: 12px; }
  .quote { display: block; padding: 4px 0; }
  .mark { margin-left: 6px; padding: 0 6px; font-size: 12px; background: #e3f2e8;
    border-radius: 8px; }
  .warning { color: #b12704; }
  .customs { margin: 0; padding-left: 16px; }
  .customs li { margin-bottom: 4px; }
  .customs-line + button { padding: 2px 8px; font-size: 12px; }
  .steps { margin: 8px 0; padding-left: 20px; }
  .steps [data-state="done"] { color: #067d62; }
  .steps [data-state="current"] { font-weight: 600; }
  .steps [data-state="pending"] { color: #565959; }
  .create { margin-top: 8px; }
  .secondary { background: #fff; border-color: #8d9096; }
  .customs-editor { display: grid; grid-template-columns: repeat(2, 1fr); gap: 4px 12px; }
  .customs-editor label { display: block; }
  .customs-editor input { width: 100%; box-sizing: border-box; }
  [role="alert"] { color: #b12704; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

const STYLE_ID = 'kayistra-label-panel-css';

// Adds the rules to the panel's shadow root beside the card's, outside the React container, so
// the panel's text stays the seller's text. Outside a shadow root (unit tests) nothing is added.
export function LabelPanelStyles() {
  const marker = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const root = marker.current?.getRootNode();
    if (!(root instanceof ShadowRoot) || root.getElementById(STYLE_ID)) {
      return;
    }

    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = LABEL_PANEL_CSS;
    root.prepend(style);
  }, []);

  return <span ref={marker} hidden />;
}
