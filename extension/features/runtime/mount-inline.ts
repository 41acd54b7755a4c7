import { createElement, type ReactNode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import {
  type InlineSlot,
  type InlineSlots,
  type InlineSlotsOptions,
  watchInlineSlots,
} from './inline-slots.ts';

export interface MountInlineOptions extends Omit<InlineSlotsOptions, 'tagName'> {
  tagName?: string;
  // One React tree for every slot: it renders into each slot's container through a portal, so
  // the rows share one query cache and one request per batch instead of one per row.
  render(slots: readonly InlineSlot[]): ReactNode;
  onError(error: unknown): void;
}

interface SlotsViewProps {
  slots: InlineSlots;
  render: MountInlineOptions['render'];
}

function SlotsView({ slots, render }: SlotsViewProps) {
  const current = useSyncExternalStore(slots.subscribe, slots.getSlots);

  return render(current);
}

// The many-small-mounts counterpart of mountPanel: a shadow root beside every anchor the selector
// finds, kept in step with the page, and all of it gone when `signal` aborts. The React root's own
// container never enters the page; only the portals' content does, inside the shadow roots.
export function mountInline(options: MountInlineOptions): void {
  const { doc, signal, render, onError, tagName = 'kayistra-inline' } = options;
  if (signal.aborted) {
    return;
  }

  const slots = watchInlineSlots({ ...options, tagName });
  const reactRoot = createRoot(doc.createElement('div'), {
    onUncaughtError: (error) => onError(error),
  });

  reactRoot.render(createElement(SlotsView, { slots, render }));
  signal.addEventListener('abort', () => reactRoot.unmount(), { once: true });
}
