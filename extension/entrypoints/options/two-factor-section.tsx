import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { meQueryOptions } from '../../api/me-query.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { MfaDisableForm } from './mfa-disable-form.tsx';
import { MfaRequirementToggle } from './mfa-requirement-toggle.tsx';
import { MfaSetupForm } from './mfa-setup-form.tsx';

interface TwoFactorSectionProps {
  tenantId: string;
}

type Notice = 'enabled' | 'disabled';

// A company that requires two-factor authentication sends its sellers here: the section shows
// where their account stands and turns it on or off; the owner also sets the requirement.
export function TwoFactorSection({ tenantId }: TwoFactorSectionProps) {
  const t = useMessages();
  const me = useQuery(meQueryOptions(tenantId));
  // Survives the switch between forms that the refreshed /api/me causes.
  const [notice, setNotice] = useState<Notice>();
  const id = useId();
  const user = me.data?.user;
  const tenant = me.data?.tenant;

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="two-factor-section">
      <h2 id={`${id}-heading`}>{t.twoFactor.heading}</h2>
      {me.isError && <FailureAlert error={me.error} />}
      {user && (
        <p data-mfa-enabled={user.mfaEnabled}>
          {user.mfaEnabled ? t.twoFactor.isOn : t.twoFactor.isOff}
        </p>
      )}
      {notice && <p role="status">{t.twoFactor[notice]}</p>}
      {user && tenant?.mfaRequired && !user.mfaEnabled && (
        <p role="note">{t.twoFactor.requiredByCompany}</p>
      )}
      {user && !user.mfaEnabled && (
        <MfaSetupForm tenantId={tenantId} onEnabled={() => setNotice('enabled')} />
      )}
      {user?.mfaEnabled && (
        <MfaDisableForm tenantId={tenantId} onDisabled={() => setNotice('disabled')} />
      )}
      {user?.role === 'owner' && tenant && (
        <MfaRequirementToggle tenantId={tenantId} isRequired={tenant.mfaRequired} />
      )}
    </section>
  );
}
