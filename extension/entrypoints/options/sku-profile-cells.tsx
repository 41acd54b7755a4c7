import type { SkuSummary } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';

interface SkuProfileCellsProps {
  summary: SkuSummary;
}

const EMPTY = '—';

function show(value: string | number | null): string {
  return value === null ? EMPTY : String(value);
}

// A saved profile as read-only cells, between the SKU's name and its actions.
export function SkuProfileCells({ summary }: SkuProfileCellsProps) {
  const { profile } = summary;
  const dimensions = [profile.lengthCm, profile.widthCm, profile.heightCm].map(show).join(' × ');
  const declared =
    profile.declaredValue === null
      ? EMPTY
      : `${profile.declaredValue} ${profile.declaredCurrency ?? ''}`.trim();

  return (
    <>
      <td>{show(profile.weightGrams)}</td>
      <td>{dimensions}</td>
      <td>{show(profile.hsCode)}</td>
      <td>{declared}</td>
      <td>{show(profile.customsDescription)}</td>
      <SkuMissingCell summary={summary} />
    </>
  );
}

export function SkuMissingCell({ summary }: SkuProfileCellsProps) {
  const t = useMessages().shippingOptions.skus;
  const missing = summary.missingFields.map((field) => t.fields[field]).join(', ');

  return <td data-complete={summary.isComplete}>{summary.isComplete ? t.complete : missing}</td>;
}
