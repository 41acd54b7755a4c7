import { type FormEvent, useId, useState } from 'react';
import { useEnableMfa, useSetUpMfa } from '../../api/mfa-mutations.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { TextField } from './text-field.tsx';
import { placeSecretError } from './two-factor-errors.ts';

interface MfaSetupFormProps {
  tenantId: string;
  onEnabled(): void;
}

// Authenticator apps ask for the key typed by hand when there is no QR code: groups of four are
// what they show and what people copy without losing their place.
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

// Two steps: a new key from the server, then a code from the app proving it holds that key.
export function MfaSetupForm({ tenantId, onEnabled }: MfaSetupFormProps) {
  const t = useMessages();
  const setUp = useSetUpMfa();
  const enable = useEnableMfa(tenantId);
  const [code, setCode] = useState('');
  const id = useId();
  const placed = placeSecretError(enable.error, t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    enable.mutate(code, { onSuccess: onEnabled });
  };

  if (!setUp.data) {
    return (
      <div>
        {setUp.isError && <FailureAlert error={setUp.error} />}
        <button type="button" onClick={() => setUp.mutate()} disabled={setUp.isPending}>
          {setUp.isPending ? t.twoFactor.settingUp : t.twoFactor.setUp}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} aria-describedby={`${id}-key`}>
      <p id={`${id}-key`}>{t.twoFactor.addKey}</p>
      <p>
        {`${t.twoFactor.keyLabel}: `}
        <code data-testid="mfa-secret">{groupSecret(setUp.data.secret)}</code>
      </p>
      <p>{t.twoFactor.uriLabel}</p>
      <p>
        <code data-testid="mfa-otpauth-uri">{setUp.data.otpauthUri}</code>
      </p>
      <TextField
        label={t.twoFactor.code}
        value={code}
        onChange={setCode}
        error={placed.code}
        hint={t.twoFactor.codeHint}
        autoComplete="one-time-code"
        inputMode="numeric"
      />
      {enable.isError && !placed.isPlaced && <FailureAlert error={enable.error} />}
      <button type="submit" disabled={enable.isPending}>
        {enable.isPending ? t.twoFactor.enabling : t.twoFactor.enable}
      </button>
    </form>
  );
}
