import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { OrderDetail } from '../../../shared/api/orders.ts';
import type { ShipmentView } from '../../../shared/api/shipments.ts';
import type { PackageOverride } from '../../../shared/api/shipping.ts';
import type { useLabelPurchase } from '../../api/label-purchase.ts';
import { quotesQueryOptions } from '../../api/order-queries.ts';
import { shippingSettingsQueryOptions } from '../../api/shipping-settings-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { CreateLabelButton } from './create-label-button.tsx';
import { CustomsItems } from './customs-items.tsx';
import { LabelProblems } from './label-problems.tsx';
import { type PackageChange, PackageEditor } from './package-editor.tsx';
import { PurchaseProgress } from './purchase-progress.tsx';
import { pickService, QuotesList } from './quotes-list.tsx';

// The server's code for a label call whose answer was lost (server/shipping).
const LABEL_OUTCOME_UNKNOWN = 'LABEL_OUTCOME_UNKNOWN';

interface PurchaseSectionProps {
  tenantId: string;
  order: OrderDetail;
  purchase: ReturnType<typeof useLabelPurchase>;
  // The order's last attempt when it failed: the seller is buying again.
  failedShipment: ShipmentView | null;
}

// Package, customs and quotes for an order without a live label, and the button that buys it.
export function PurchaseSection({
  tenantId,
  order,
  purchase,
  failedShipment,
}: PurchaseSectionProps) {
  const t = useMessages();
  const [override, setOverride] = useState<PackageOverride>();
  const [chosen, setChosen] = useState<string>();
  const [isPackageReady, setPackageReady] = useState(true);
  const changePackage = useCallback((change: PackageChange) => {
    setPackageReady(change.kind === 'ready');
    if (change.kind === 'ready') {
      setOverride(change.override);
    }
  }, []);

  // The previous quotes stay on screen while a changed package is quoted again.
  const quotes = useQuery({
    ...quotesQueryOptions(tenantId, order.orderId, override),
    placeholderData: keepPreviousData,
  });

  const settings = useQuery(shippingSettingsQueryOptions(tenantId));
  const quoted = quotes.data?.quotes ?? [];
  const isChosenQuoted = quoted.some((quote) => quote.serviceName === chosen);
  const selected = isChosenQuoted ? chosen : pickService(quoted, settings.data?.defaultServiceName);

  const create = (isUnknownLabelChecked: boolean) => {
    if (selected) {
      purchase.buyLabel({
        serviceName: selected,
        ...(override && { package: override }),
        ...(isUnknownLabelChecked && { isUnknownLabelChecked }),
      });
    }
  };

  return (
    <>
      <PackageEditor quoted={quotes.data?.package} onChange={changePackage} />
      <CustomsItems tenantId={tenantId} items={order.items} />
      <section
        className="region"
        aria-label={t.labelPanel.quotes.heading}
        aria-busy={quotes.isFetching}
      >
        {quotes.isPending && <p className="muted">{t.labelPanel.quotes.loading}</p>}
        {quotes.isPlaceholderData && <p className="muted">{t.labelPanel.quotes.requoting}</p>}
        {quotes.isError && (
          <>
            <LabelProblems error={quotes.error} />
            <button type="button" className="secondary" onClick={() => void quotes.refetch()}>
              {t.labelPanel.quotes.askAgain}
            </button>
          </>
        )}
        {quotes.data && (
          <QuotesList
            quotes={quoted}
            selectedServiceName={selected}
            onSelect={setChosen}
            isDisabled={purchase.isPending}
          />
        )}
        <CreateLabelButton
          isPending={purchase.isPending}
          isDisabled={!selected || !isPackageReady || quotes.isFetching || quotes.isError}
          isRetry={failedShipment !== null}
          needsUnknownCheck={failedShipment?.problem?.code === LABEL_OUTCOME_UNKNOWN}
          onCreate={create}
        />
        {purchase.isPending && <PurchaseProgress step={undefined} />}
        {purchase.isError && <LabelProblems error={purchase.error} />}
      </section>
    </>
  );
}
