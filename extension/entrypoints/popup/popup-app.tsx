import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { meQueryOptions } from '../../api/me-query.ts';
import { useSession } from '../../api/use-session.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { ServerHealthStatus } from '../../components/server-health-status.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { ConnectionsSummary } from './connections-summary.tsx';
import { LabelSummarySection } from './label-summary-section.tsx';
import { SyncStatusSection } from './sync-status-section.tsx';

function SignedInPopup({ tenantId }: { tenantId: string }) {
  const t = useMessages();
  const me = useQuery(meQueryOptions(tenantId));

  return (
    <>
      {me.isError && <FailureAlert error={me.error} />}
      {me.data && (
        <>
          <p className="account">
            {t.popup.account(me.data.user.email, me.data.tenant.companyName)}
          </p>
          <ConnectionsSummary me={me.data} />
        </>
      )}
      <LabelSummarySection tenantId={tenantId} />
      <SyncStatusSection tenantId={tenantId} />
    </>
  );
}

export function PopupApp() {
  const t = useMessages();
  const session = useSession();

  return (
    <main aria-labelledby="popup-title">
      <h1 id="popup-title">{t.common.appName}</h1>
      <ServerHealthStatus />
      {session.data === null && <p>{t.popup.signedOut}</p>}
      {session.data && <SignedInPopup tenantId={session.data.tenantId} />}
      <p>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {session.data === null ? t.popup.signIn : t.common.openSettings}
        </button>
      </p>
    </main>
  );
}
