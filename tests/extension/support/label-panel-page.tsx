import { OrderLabelPanelView } from '../../../extension/components/order-label-panel-view.tsx';
import type { Messages } from '../../../extension/locales/en.ts';
import { ORDER_ID } from './label-fixtures.ts';
import { type RenderedPage, renderPage } from './render-page.tsx';

// What the label panel tests share: the panel for the fixtures' order, and how they read it.

// Generous: several fake answers arrive in turn, on a machine other tests also load.
export const PANEL_WAIT = { timeout: 3_000 };

export function renderPanel(messages?: Messages): Promise<RenderedPage> {
  return renderPage(<OrderLabelPanelView orderId={ORDER_ID} />, messages);
}

// The text a seller reads, whitespace folded, so assertions need not mirror the markup.
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ');
}
