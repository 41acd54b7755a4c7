import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useSaveShipentegraCredentials } from '../../api/connection-mutations.ts';
import { meQueryOptions } from '../../api/me-query.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

interface ShipentegraSectionProps {
  tenantId: string;
}

// The secret goes to the server, which checks it with Shipentegra before saving it sealed; it is
// cleared from the form once accepted and never shown again.
export function ShipentegraSection({ tenantId }: ShipentegraSectionProps) {
  const t = useMessages();
  const me = useQuery(meQueryOptions(tenantId));
  const save = useSaveShipentegraCredentials(tenantId);
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const id = useId();
  const account = me.data?.shipentegra;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ clientId, clientSecret }, { onSuccess: () => setClientSecret('') });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.shipentegra.heading}</h2>
      {account && (
        <p data-connected={account.connected}>
          {account.connected && account.clientId
            ? t.shipentegra.connected(account.clientId)
            : t.shipentegra.notConnected}
        </p>
      )}
      <form onSubmit={submit}>
        <label htmlFor={`${id}-client-id`}>{t.shipentegra.clientId}</label>
        <input
          id={`${id}-client-id`}
          autoComplete="off"
          required
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
        />
        <label htmlFor={`${id}-client-secret`}>{t.shipentegra.clientSecret}</label>
        <input
          id={`${id}-client-secret`}
          type="password"
          autoComplete="off"
          required
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
        />
        {save.isError && <FailureAlert error={save.error} />}
        {save.isSuccess && <p role="status">{t.shipentegra.saved}</p>}
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t.shipentegra.saving : t.shipentegra.save}
        </button>
      </form>
    </section>
  );
}
