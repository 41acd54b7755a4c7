import type { Browser } from 'wxt/browser';
import type { ExtensionWorld } from './browser-extension-world.ts';

// The functions below run inside the extension (isolated world or service worker), not in Node.
declare const chrome: typeof Browser;

export interface PanelSnapshot {
  featureId: string | undefined;
  // 'fallback' when the panel sits in our fixed dock because its anchor was missing.
  placement: 'anchor' | 'fallback';
  heading: string | undefined;
  text: string;
  isVisible: boolean;
}

export interface DockSnapshot {
  isExpanded: boolean;
  toggleLabel: string | null;
}

// What the seller sees of each of our panels, read from inside the closed shadow roots.
export function readPanels(world: ExtensionWorld): Promise<PanelSnapshot[]> {
  return world.run(() =>
    Array.from(document.querySelectorAll<HTMLElement>('kayistra-panel')).map((host) => {
      const root = chrome.dom.openOrClosedShadowRoot(host);
      // The root holds our <style> and the React container, a <div>.
      const content = Array.from(root?.children ?? []).find((child) => child.localName === 'div');
      const box = host.getBoundingClientRect();

      return {
        featureId: host.dataset.kayistraFeature,
        placement: host.parentElement?.localName === 'kayistra-dock' ? 'fallback' : 'anchor',
        heading: root?.querySelector('h2')?.textContent ?? undefined,
        text: (content?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        isVisible: box.width > 0 && box.height > 0,
      } as const;
    }),
  );
}

export function readFallbackDock(world: ExtensionWorld): Promise<DockSnapshot | undefined> {
  return world.run(() => {
    const dock = document.querySelector<HTMLElement>('kayistra-dock');
    const toggle = dock && chrome.dom.openOrClosedShadowRoot(dock)?.querySelector('button');

    return toggle
      ? {
          isExpanded: toggle.getAttribute('aria-expanded') === 'true',
          toggleLabel: toggle.getAttribute('aria-label'),
        }
      : undefined;
  });
}

// Centre of the first button in a panel (or the dock) with this accessible name, in page
// coordinates, so the test clicks it with the real mouse like a seller would.
export function locateButton(
  world: ExtensionWorld,
  hostSelector: string,
  name: string,
): Promise<{ x: number; y: number } | undefined> {
  return world.run(
    ({ hostSelector, name }) => {
      const host = document.querySelector<HTMLElement>(hostSelector);
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      const button = Array.from(root?.querySelectorAll<HTMLButtonElement>('button') ?? []).find(
        (candidate) =>
          (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
      );
      const box = button?.getBoundingClientRect();

      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : undefined;
    },
    { hostSelector, name },
  );
}
