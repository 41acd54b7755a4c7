import { type FormEvent, useId, useState } from 'react';
import { useDisableMfa } from '../../api/mfa-mutations.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { TextField } from './text-field.tsx';
import { placeSecretError } from './two-factor-errors.ts';

interface MfaDisableFormProps {
  tenantId: string;
  onDisabled(): void;
}

// Password and a current code, as the server asks: a session left open on a shared computer
// is not enough to take the second factor away.
export function MfaDisableForm({ tenantId, onDisabled }: MfaDisableFormProps) {
  const t = useMessages();
  const disable = useDisableMfa(tenantId);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const id = useId();
  const placed = placeSecretError(disable.error, t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    disable.mutate({ password, code }, { onSuccess: onDisabled });
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.twoFactor.disableHeading}</h3>
      <TextField
        label={t.twoFactor.password}
        value={password}
        onChange={setPassword}
        error={placed.password}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        label={t.twoFactor.code}
        value={code}
        onChange={setCode}
        error={placed.code}
        autoComplete="one-time-code"
        inputMode="numeric"
      />
      {disable.isError && !placed.isPlaced && <FailureAlert error={disable.error} />}
      <button type="submit" disabled={disable.isPending}>
        {disable.isPending ? t.twoFactor.disabling : t.twoFactor.disable}
      </button>
    </form>
  );
}
