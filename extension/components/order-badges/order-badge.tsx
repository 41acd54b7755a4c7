import type { LabelBadge } from '../../../shared/api/orders.ts';
import { useMessages } from '../../locales/messages-context.ts';

interface OrderBadgeProps {
  badge: LabelBadge;
}

// An image to assistive technology, named with the product's name: "Kayistra: label bought"
// rather than a bare "Label bought" read out amid Amazon's own status texts.
export function OrderBadge({ badge }: OrderBadgeProps) {
  const { text, name } = useMessages().orderList.badges[badge];

  return (
    <span className={`badge ${badge}`} role="img" aria-label={name} title={name} data-badge={badge}>
      {text}
    </span>
  );
}
