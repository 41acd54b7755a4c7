import { useQuery } from '@tanstack/react-query';
import { labelFileQueryOptions } from '../../api/label-file-query.ts';
import type { LabelAction } from '../../api/messages.ts';
import { useSession } from '../../api/use-session.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { LabelFailure, SignedOutNotice } from './label-failure.tsx';
import { LabelPreview } from './label-preview.tsx';

interface LabelFileViewProps {
  tenantId: string;
  shipmentId: string;
  action: LabelAction;
}

function LabelFileView({ tenantId, shipmentId, action }: LabelFileViewProps) {
  const t = useMessages();
  const file = useQuery(labelFileQueryOptions(tenantId, shipmentId));

  if (file.isPending) {
    return <p role="status">{t.labelPage.loading}</p>;
  }

  if (file.isError) {
    return <LabelFailure error={file.error} onRetry={() => void file.refetch()} />;
  }

  return <LabelPreview file={file.data} action={action} />;
}

function LabelPageBody({ shipmentId, action }: Required<LabelAppProps>) {
  const t = useMessages();
  const session = useSession();

  if (!shipmentId) {
    return <p role="alert">{t.labelPage.noShipment}</p>;
  }

  if (session.isPending) {
    return <p role="status">{t.labelPage.loading}</p>;
  }

  if (session.isError) {
    return <FailureAlert error={session.error} />;
  }

  if (!session.data) {
    return <SignedOutNotice />;
  }

  return <LabelFileView tenantId={session.data.tenantId} shipmentId={shipmentId} action={action} />;
}

interface LabelAppProps {
  shipmentId: string | null;
  // What the panel's button asked for: download or print once the file shows, or only show it.
  action?: LabelAction;
}

// The extension's own page for a label: Seller Central's page never holds the file, since it
// shows the buyer's address; here it is shown, downloaded or printed, and kept nowhere.
export function LabelApp({ shipmentId, action = 'view' }: LabelAppProps) {
  const t = useMessages();

  return (
    <main aria-labelledby="label-title">
      <h1 id="label-title">{t.labelPage.heading}</h1>
      <p className="hint">{t.labelPage.privacy}</p>
      <LabelPageBody shipmentId={shipmentId} action={action} />
    </main>
  );
}
