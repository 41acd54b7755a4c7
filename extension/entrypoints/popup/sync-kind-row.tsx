import type { SyncKindStatus } from '../../../shared/api/sync.ts';
import { describeCode } from '../../locales/describe-failure.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { formatRelativeTime } from '../../locales/relative-time.ts';

interface SyncKindRowProps {
  sync: SyncKindStatus;
  now: Date;
}

// One sync kind in one region: when it last worked, a progress bar while it runs (without a value
// when the server cannot estimate one), and the last error with what to do.
export function SyncKindRow({ sync, now }: SyncKindRowProps) {
  const t = useMessages();
  const name = t.sync.row(t.sync.kinds[sync.kind], t.amazon.regions[sync.region]);
  const isActive = sync.state === 'running' || sync.state === 'queued';
  const fraction = sync.progress?.fraction ?? undefined;
  const lastSuccess = sync.lastSuccessAt
    ? t.sync.lastSuccess(formatRelativeTime(new Date(sync.lastSuccessAt), now, t.languageTag))
    : t.sync.never;

  return (
    <li data-kind={sync.kind} data-region={sync.region} data-state={sync.state}>
      <strong>{name}</strong>
      <div>{lastSuccess}</div>
      {isActive && (
        <div>
          <span>{sync.state === 'running' ? t.sync.running : t.sync.queued}</span>
          <progress aria-label={t.sync.progress(name)} max={1} value={fraction} />
        </div>
      )}
      {sync.state === 'needs_reauthorization' && (
        <div className="problem">{t.sync.needsReauthorization}</div>
      )}
      {sync.lastError && sync.state !== 'needs_reauthorization' && (
        <div className="problem">
          {t.sync.lastError(describeCode(sync.lastError.code, sync.lastError.message, t))}
        </div>
      )}
    </li>
  );
}
