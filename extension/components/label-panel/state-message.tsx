import { toExtensionFailure } from '../../api/extension-error.ts';
import type { ExtensionErrorCode } from '../../api/messages.ts';
import { sendMessage } from '../../api/send-message.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureAlert } from '../failure-alert.tsx';

interface StateMessageProps {
  text: string;
  kind: string;
  // Whether the fix is in Kayistra's settings, which a content script cannot open itself.
  isFixedInSettings?: boolean;
}

// Opens Kayistra's settings through the background: a content script may not open them itself.
export function SettingsHint() {
  const t = useMessages();

  return (
    <p className="muted">
      {t.labelPanel.settingsHint}{' '}
      <button type="button" onClick={() => void sendMessage({ type: 'OPEN_OPTIONS' })}>
        {t.common.openSettings}
      </button>
    </p>
  );
}

// Why there is no label to buy here, and what the seller can do about it.
export function StateMessage({ text, kind, isFixedInSettings = false }: StateMessageProps) {
  return (
    <div className="region" data-state={kind} role="status">
      <p>{text}</p>
      {isFixedInSettings && <SettingsHint />}
    </div>
  );
}

// Codes fixed in Kayistra's settings rather than on this page.
const SETTINGS_CODES: ReadonlySet<ExtensionErrorCode> = new Set([
  'AMAZON_NOT_CONNECTED',
  'AMAZON_NEEDS_REAUTHORIZATION',
  'SHIPENTEGRA_NOT_CONNECTED',
  'SHIPENTEGRA_CREDENTIALS_REJECTED',
  'MFA_REQUIRED_BY_TENANT',
  'SERVER_UNREACHABLE',
  // Signed out mid-purchase (a 401 signs the extension out): signing in is on the options page.
  'SIGNED_OUT',
  'UNAUTHENTICATED',
]);

export function isFixedInSettings(code: string): boolean {
  return (SETTINGS_CODES as ReadonlySet<string>).has(code);
}

export function isSignedOutFailure(error: unknown): boolean {
  const { code } = toExtensionFailure(error);

  return code === 'SIGNED_OUT' || code === 'UNAUTHENTICATED';
}

export function SignedOutMessage() {
  const t = useMessages();

  return <StateMessage kind="signed-out" text={t.labelPanel.states.signedOut} isFixedInSettings />;
}

// A failed request with the server's (or our) wording, plus where to fix it when that is in
// Kayistra's settings.
export function FailureWithHint({ error }: { error: unknown }) {
  const { code } = toExtensionFailure(error);

  return (
    <div className="region">
      <FailureAlert error={error} />
      {SETTINGS_CODES.has(code) && <SettingsHint />}
    </div>
  );
}

// GET_ORDER failed: an order we do not have yet is the usual case right after it was placed.
export function OrderFailure({ error }: { error: unknown }) {
  const t = useMessages();
  if (isSignedOutFailure(error)) {
    return <SignedOutMessage />;
  }

  if (toExtensionFailure(error).code === 'NOT_FOUND') {
    return <StateMessage kind="not-synced" text={t.labelPanel.states.notSynced} />;
  }

  return <FailureWithHint error={error} />;
}
