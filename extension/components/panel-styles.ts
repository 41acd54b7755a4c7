// Styles for panels we place inside Seller Central pages. They load into each panel's shadow
// root, so they neither leak into the page nor pick up its rules; colours echo Seller Central's
// own so the panel reads as part of the page.
export const PANEL_CSS = `
  .panel { box-sizing: border-box; margin: 12px 0; padding: 12px 16px; color: #0f1111;
    background: #fff; border: 1px solid #d5d9d9; border-radius: 8px;
    font: 14px/1.4 Arial, system-ui, sans-serif; }
  .panel h2 { margin: 0 0 8px; font-size: 16px; }
  .panel p { margin: 0 0 8px; }
  .muted { color: #565959; }
  .region { margin-top: 8px; padding-top: 8px; border-top: 1px solid #d5d9d9; }
  button { padding: 6px 12px; font: inherit; color: #0f1111; background: #ffd814;
    border: 1px solid #fcd200; border-radius: 8px; cursor: pointer; }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  button:focus-visible { outline: 2px solid #007185; outline-offset: 2px; }
`;
