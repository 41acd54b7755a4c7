import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { shippingSettingsQueryOptions } from '../../api/shipping-settings-queries.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { ShippingSettingsForm } from './shipping-settings-form.tsx';

interface ShippingSettingsSectionProps {
  tenantId: string;
}

export function ShippingSettingsSection({ tenantId }: ShippingSettingsSectionProps) {
  const t = useMessages();
  const settings = useQuery(shippingSettingsQueryOptions(tenantId));
  const headingId = useId();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.shippingOptions.shipping.heading}</h2>
      <p className="hint">{t.shippingOptions.shipping.intro}</p>
      {settings.isPending && <p>{t.common.loading}</p>}
      {settings.isError && <FailureAlert error={settings.error} />}
      {settings.data?.sender === null && <p>{t.shippingOptions.shipping.notSetUp}</p>}
      {settings.data && <ShippingSettingsForm tenantId={tenantId} settings={settings.data} />}
    </section>
  );
}
