import { useEffect, useRef, useState } from 'react';
import type { SkuSummary } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { SkuProfileCells } from './sku-profile-cells.tsx';
import { SkuProfileEditor } from './sku-profile-editor.tsx';

interface SkuProfileRowProps {
  tenantId: string;
  summary: SkuSummary;
  onSaved(saved: SkuSummary): void;
}

// One SKU: its profile as text, or as inputs once the seller chooses Edit.
export function SkuProfileRow({ tenantId, summary, onSaved }: SkuProfileRowProps) {
  const t = useMessages().shippingOptions.skus;
  const [isEditing, setIsEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the inputs (saved or cancelled), the keyboard returns to this row's Edit button.
  useEffect(() => {
    if (wasEditing.current && !isEditing) {
      editButton.current?.focus();
    }

    wasEditing.current = isEditing;
  }, [isEditing]);

  const finish = (saved: SkuSummary) => {
    setIsEditing(false);
    onSaved(saved);
  };

  return (
    <tr data-sku={summary.sku} data-editing={isEditing}>
      <th scope="row">{summary.sku}</th>
      <td>{summary.title ?? ''}</td>
      {isEditing ? (
        <SkuProfileEditor
          tenantId={tenantId}
          summary={summary}
          onSaved={finish}
          onCancel={() => setIsEditing(false)}
        />
      ) : (
        <>
          <SkuProfileCells summary={summary} />
          <td>
            <button
              ref={editButton}
              type="button"
              aria-label={t.editSku(summary.sku)}
              onClick={() => setIsEditing(true)}
            >
              {t.edit}
            </button>
          </td>
        </>
      )}
    </tr>
  );
}
