import { useLabelSummary } from '../../api/label-summary-query.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

interface LabelSummarySectionProps {
  tenantId: string;
}

// The seller's label to-do list in three counts; "needs attention" only when there is some.
export function LabelSummarySection({ tenantId }: LabelSummarySectionProps) {
  const t = useMessages();
  const summary = useLabelSummary(tenantId);
  const counts = summary.data;

  return (
    <section aria-labelledby="popup-labels">
      <h2 id="popup-labels">{t.labelSummary.heading}</h2>
      {summary.isPending && <p>{t.common.loading}</p>}
      {summary.isError && <FailureAlert error={summary.error} />}
      {counts && (
        <ul className="rows" aria-live="polite">
          <li data-count="unshipped-without-label">
            {t.labelSummary.withoutLabel(counts.unshippedWithoutLabel)}
          </li>
          <li data-count="awaiting-amazon">
            {t.labelSummary.awaitingAmazon(counts.awaitingAmazon)}
          </li>
          {counts.needsAttention > 0 && (
            <li data-count="needs-attention" className="problem">
              {t.labelSummary.needsAttention(counts.needsAttention)}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
