import { getMessages } from '../../locales/language.ts';
import { createShadowHost } from './shadow-host.ts';

// When a feature's anchor is missing (a markup change, an A/B bucket we have not seen), its panel
// goes into this fixed, collapsible dock of ours instead of not appearing at all. Panels are the
// dock's light-DOM children, shown through its slot, so each keeps its own closed shadow root.
const DOCK_CSS = `
  :host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: 360px; }
  .dock { background: #fff; border: 1px solid #8d9096; border-radius: 8px;
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2); font: 14px/1.4 system-ui, sans-serif; }
  .toggle { all: unset; box-sizing: border-box; cursor: pointer; display: block; width: 100%;
    padding: 8px 12px; font-weight: 600; color: #0f1111; }
  .toggle:focus-visible { outline: 2px solid #007185; }
  .body { max-height: 70vh; overflow: auto; padding: 0 12px 12px; }
  .body[hidden] { display: none; }
`;

const docks = new WeakMap<Document, HTMLElement>();

function createToggle(doc: Document, body: HTMLElement): HTMLButtonElement {
  const t = getMessages();
  const toggle = doc.createElement('button');
  toggle.className = 'toggle';
  toggle.type = 'button';
  toggle.textContent = t.common.appName;
  toggle.setAttribute('aria-expanded', 'true');
  toggle.setAttribute('aria-label', t.dock.collapse);

  toggle.addEventListener('click', () => {
    const isExpanding = body.hidden;
    body.hidden = !isExpanding;
    toggle.setAttribute('aria-expanded', String(isExpanding));
    toggle.setAttribute('aria-label', isExpanding ? t.dock.collapse : t.dock.expand);
  });

  return toggle;
}

function buildDock(doc: Document): HTMLElement {
  const { host, root } = createShadowHost(doc, 'kayistra-dock', DOCK_CSS);
  const frame = doc.createElement('div');
  const body = doc.createElement('div');
  frame.className = 'dock';
  body.className = 'body';
  body.append(doc.createElement('slot'));

  frame.append(createToggle(doc, body), body);
  root.append(frame);

  return host;
}

export function openFallbackDock(doc: Document): HTMLElement {
  const existing = docks.get(doc);
  if (existing?.isConnected) {
    return existing;
  }

  const dock = buildDock(doc);
  (doc.body ?? doc.documentElement).append(dock);
  docks.set(doc, dock);

  return dock;
}

export function closeFallbackDockIfEmpty(doc: Document): void {
  const dock = docks.get(doc);
  if (dock && dock.childElementCount === 0) {
    dock.remove();
    docks.delete(doc);
  }
}
