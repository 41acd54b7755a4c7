import type { UsagePlan } from './derived-model.ts';

// Amazon writes each plan as a two-column Markdown table inside the operation's description:
// a header row naming "Rate (requests per second)" and "Burst", a divider, then one value row.
const USAGE_PLAN_TABLE =
  /\|\s*Rate \(requests per second\)\s*\|\s*Burst\s*\|\s*\n\s*\|[\s|:-]+\n\s*\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|/i;

/** The rate and burst from an operation description, or null when it states none. */
export function parseUsagePlan(description: string | undefined): UsagePlan | null {
  const match = description?.match(USAGE_PLAN_TABLE);

  if (!match?.[1] || !match[2]) {
    return null;
  }

  const rate = Number(match[1]);
  const burst = Number(match[2]);

  return Number.isFinite(rate) && rate > 0 && burst > 0 ? { rate, burst } : null;
}
