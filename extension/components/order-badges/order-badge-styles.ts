import type { LabelBadge } from '../../../shared/api/orders.ts';

// Border and text colour per state, each distinct at a glance and at least 4.5:1 on its tint:
// amber asks for action, blue and teal are progress, grey is done, red is trouble.
const BADGE_COLOURS: Record<LabelBadge, { ink: string; tint: string }> = {
  no_label: { ink: '#8a3b00', tint: '#fff4e5' },
  label_bought: { ink: '#005a78', tint: '#e6f3f8' },
  on_amazon: { ink: '#05664f', tint: '#e6f6f1' },
  delivered: { ink: '#494d4d', tint: '#f0f2f2' },
  problem: { ink: '#a4140c', tint: '#fdecea' },
};

const stateRules = Object.entries(BADGE_COLOURS)
  .map(([badge, { ink, tint }]) => `.${badge} { color: ${ink}; background: ${tint}; }`)
  .join('\n');

// Inline beside the order id link; an empty slot (no badge) takes no room at all.
export const ORDER_BADGE_CSS = `
  :host { display: inline; }
  .badge { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid;
    border-radius: 8px; font: 600 11px/16px Arial, system-ui, sans-serif; white-space: nowrap;
    vertical-align: middle; }
  ${stateRules}
`;
