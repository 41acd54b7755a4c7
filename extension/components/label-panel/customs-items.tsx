import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrderItem } from '../../../shared/api/orders.ts';
import type { SkuSummary } from '../../../shared/api/shipping.ts';
import { skuProfileQueryOptions } from '../../api/order-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureAlert } from '../failure-alert.tsx';
import { CustomsEditor } from './customs-editor.tsx';
import { formatMoney } from './format.ts';

// Everything a customs declaration needs that a SKU without a profile lacks.
const ALL_CUSTOMS_FIELDS = ['hsCode', 'declaredValue', 'customsDescription'];

// A SKU ready for customs takes one line, so the services and Create label stay near the top;
// one that misses something shows each field and what to do.
function CustomsFacts({ summary }: { summary: SkuSummary | null }) {
  const t = useMessages();
  const words = t.labelPanel.customs;
  const profile = summary?.profile;
  const declared =
    profile?.declaredValue && profile.declaredCurrency
      ? formatMoney(profile.declaredValue, profile.declaredCurrency, t.languageTag)
      : null;

  const missing = summary ? summary.missingFields : ALL_CUSTOMS_FIELDS;
  const missingWords = missing.map((field) => words.fields[field] ?? field).join(', ');
  if (missing.length === 0) {
    const facts = [
      `${words.hsCode} ${profile?.hsCode ?? ''}`,
      declared,
      profile?.customsDescription,
    ];

    return (
      <span className="customs-line">
        {` · ${facts.filter(Boolean).join(' · ')} `}
        <span className="muted">{words.complete}</span>{' '}
      </span>
    );
  }

  return (
    <>
      <dl className="facts">
        <dt>{words.hsCode}</dt>
        <dd>{profile?.hsCode ?? words.notSet}</dd>
        <dt>{words.declaredValue}</dt>
        <dd>{declared ?? words.notSet}</dd>
        <dt>{words.description}</dt>
        <dd>{profile?.customsDescription ?? words.notSet}</dd>
      </dl>
      {!summary && <p className="warning">{words.noProfile}</p>}
      <p className="warning" data-missing={missing.join(' ')}>
        {words.missing(missingWords)}
      </p>
      <p className="muted">{words.whereToEdit}</p>
    </>
  );
}

interface CustomsItemProps {
  tenantId: string;
  sku: string;
  currency: string | null;
}

function CustomsItem({ tenantId, sku, currency }: CustomsItemProps) {
  const t = useMessages();
  const summary = useQuery(skuProfileQueryOptions(tenantId, sku));
  const [isEditing, setEditing] = useState(false);

  return (
    <li data-sku={sku}>
      <strong>{sku}</strong>
      {summary.isPending && <p className="muted">{t.common.loading}</p>}
      {summary.isError && <FailureAlert error={summary.error} />}
      {summary.isSuccess && !isEditing && (
        <>
          <CustomsFacts summary={summary.data} />
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t.labelPanel.customs.edit(sku)}
          </button>
        </>
      )}
      {summary.isSuccess && isEditing && (
        <CustomsEditor
          tenantId={tenantId}
          sku={sku}
          profile={summary.data?.profile ?? null}
          currency={currency}
          onDone={() => setEditing(false)}
        />
      )}
    </li>
  );
}

interface CustomsItemsProps {
  tenantId: string;
  items: OrderItem[];
}

// The customs details each SKU's profile gives the label, and what is still missing. A SKU on
// several lines is declared once, so it is listed once.
export function CustomsItems({ tenantId, items }: CustomsItemsProps) {
  const t = useMessages();
  const skus = [...new Set(items.flatMap((item) => (item.sku ? [item.sku] : [])))];
  const currencyOf = (sku: string) =>
    items.find((item) => item.sku === sku)?.unitPrice?.currencyCode ?? null;

  return (
    <section className="region" aria-label={t.labelPanel.customs.heading}>
      <h3>{t.labelPanel.customs.heading}</h3>
      <ul className="customs">
        {skus.map((sku) => (
          <CustomsItem key={sku} tenantId={tenantId} sku={sku} currency={currencyOf(sku)} />
        ))}
      </ul>
    </section>
  );
}
