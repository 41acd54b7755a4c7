import type { SkuSummary } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { SkuProfileRow } from './sku-profile-row.tsx';

interface SkuProfilesTableProps {
  tenantId: string;
  skus: SkuSummary[];
  onSaved(saved: SkuSummary): void;
}

export function SkuProfilesTable({ tenantId, skus, onSaved }: SkuProfilesTableProps) {
  const t = useMessages().shippingOptions.skus;
  const columns = t.columns;

  return (
    // Wider than the page once a row is in edit mode: it scrolls sideways rather than squeeze.
    <div style={{ overflowX: 'auto' }}>
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.sku}</th>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.weight}</th>
            <th scope="col">{columns.dimensions}</th>
            <th scope="col">{columns.hsCode}</th>
            <th scope="col">{columns.declaredValue}</th>
            <th scope="col">{columns.customsDescription}</th>
            <th scope="col">{columns.missing}</th>
            <th scope="col">{columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {skus.map((summary) => (
            <SkuProfileRow
              key={summary.sku}
              tenantId={tenantId}
              summary={summary}
              onSaved={onSaved}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
