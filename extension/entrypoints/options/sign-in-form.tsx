import { type FormEvent, useId, useState } from 'react';
import { ExtensionError } from '../../api/extension-error.ts';
import { useSignIn } from '../../api/use-session.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

// The code asked for only once the server says this account needs one (MFA_CODE_REQUIRED).
function isCodeAsked(error: unknown): boolean {
  return (
    error instanceof ExtensionError &&
    (error.code === 'MFA_CODE_REQUIRED' || error.code === 'INVALID_MFA_CODE')
  );
}

// Email and password live only in this form's state and the one message to the background.
export function SignInForm() {
  const t = useMessages();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [isCodeNeeded, setIsCodeNeeded] = useState(false);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate(
      { email, password, ...(isCodeNeeded ? { totp: code } : {}) },
      {
        onError: (error) => setIsCodeNeeded((wasNeeded) => wasNeeded || isCodeAsked(error)),
        onSuccess: () => setPassword(''),
      },
    );
  };

  return (
    <form onSubmit={submit} aria-describedby={signIn.isError ? `${id}-error` : undefined}>
      <label htmlFor={`${id}-email`}>{t.signIn.email}</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <label htmlFor={`${id}-password`}>{t.signIn.password}</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {isCodeNeeded && (
        <>
          <label htmlFor={`${id}-code`}>{t.signIn.code}</label>
          <input
            id={`${id}-code`}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            aria-describedby={`${id}-code-hint`}
            onChange={(event) => setCode(event.target.value)}
          />
          <p id={`${id}-code-hint`} className="hint">
            {t.signIn.codeHint}
          </p>
        </>
      )}
      {signIn.isError && <FailureAlert id={`${id}-error`} error={signIn.error} />}
      <button type="submit" disabled={signIn.isPending}>
        {signIn.isPending ? t.signIn.submitting : t.signIn.submit}
      </button>
    </form>
  );
}
