import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '../../api/me-query.ts';
import { useSignOut } from '../../api/use-session.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

interface AccountSummaryProps {
  tenantId: string;
}

export function AccountSummary({ tenantId }: AccountSummaryProps) {
  const t = useMessages();
  const me = useQuery(meQueryOptions(tenantId));
  const signOut = useSignOut();

  return (
    <div>
      {me.isPending && <p>{t.common.loading}</p>}
      {me.isError && <FailureAlert error={me.error} />}
      {me.data && (
        <ul className="facts">
          <li>{t.account.signedInAs(me.data.user.email)}</li>
          <li>{t.account.company(me.data.tenant.companyName)}</li>
          <li>{t.account.role[me.data.user.role]}</li>
          <li>{me.data.user.mfaEnabled ? t.account.mfaOn : t.account.mfaOff}</li>
        </ul>
      )}
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t.account.signOut}
      </button>
    </div>
  );
}
