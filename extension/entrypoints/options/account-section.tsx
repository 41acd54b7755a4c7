import { useId } from 'react';
import { useSession } from '../../api/use-session.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { AccountSummary } from './account-summary.tsx';
import { SignInForm } from './sign-in-form.tsx';

export function AccountSection() {
  const t = useMessages();
  const session = useSession();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.signIn.heading}</h2>
      {session.isError && <FailureAlert error={session.error} />}
      {session.data === null && <SignInForm />}
      {session.data && <AccountSummary tenantId={session.data.tenantId} />}
    </section>
  );
}
