import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { AmazonRegionSchema } from '../../../shared/api/connections.ts';
import { useConnectAmazon, useDisconnectAmazon } from '../../api/connection-mutations.ts';
import { meQueryOptions } from '../../api/me-query.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { AmazonRegionRow } from './amazon-region-row.tsx';

interface AmazonSectionProps {
  tenantId: string;
}

export function AmazonSection({ tenantId }: AmazonSectionProps) {
  const t = useMessages();
  const me = useQuery(meQueryOptions(tenantId));
  const connect = useConnectAmazon(tenantId);
  const disconnect = useDisconnectAmazon(tenantId);
  const headingId = useId();
  const failure = connect.error ?? disconnect.error;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.amazon.heading}</h2>
      <p className="hint">{t.amazon.intro}</p>
      {me.data && (
        <ul className="rows">
          {AmazonRegionSchema.options.map((region) => (
            <AmazonRegionRow
              key={region}
              region={region}
              connection={me.data.amazonConnections.find((item) => item.region === region)}
              isBusy={connect.isPending || disconnect.isPending}
              onConnect={(chosen) => connect.mutate(chosen)}
              onDisconnect={(chosen) => disconnect.mutate(chosen)}
            />
          ))}
        </ul>
      )}
      {connect.isSuccess && <p role="status">{t.amazon.consentOpened}</p>}
      {failure && <FailureAlert error={failure} />}
    </section>
  );
}
