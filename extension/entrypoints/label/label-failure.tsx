import { browser } from 'wxt/browser';
import { toExtensionFailure } from '../../api/extension-error.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

export function SignedOutNotice() {
  const t = useMessages();

  return (
    <div role="alert">
      <p>{t.labelPage.signedOut}</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        {t.common.openSettings}
      </button>
    </div>
  );
}

interface LabelFailureProps {
  error: unknown;
  onRetry(): void;
}

// Why the label cannot show, and what to do: sign in, wait for the file, or fix the connection.
export function LabelFailure({ error, onRetry }: LabelFailureProps) {
  const t = useMessages();
  const { code } = toExtensionFailure(error);

  if (code === 'SIGNED_OUT' || code === 'UNAUTHENTICATED') {
    return <SignedOutNotice />;
  }

  return (
    <>
      {code === 'NOT_FOUND' ? (
        <p role="alert" data-code={code}>
          {t.labelPage.notFound}
        </p>
      ) : (
        <FailureAlert error={error} />
      )}
      <button type="button" onClick={onRetry}>
        {t.labelPage.tryAgain}
      </button>
    </>
  );
}
