import { useState } from 'react';
import { useSetTenantMfaRequired } from '../../api/mfa-mutations.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

interface MfaRequirementToggleProps {
  tenantId: string;
  isRequired: boolean;
}

// The owner's switch. It shows the click while the change is on its way, then what the server
// last answered, so a refused change (no longer owner, a lost connection) never looks saved.
export function MfaRequirementToggle({ tenantId, isRequired }: MfaRequirementToggleProps) {
  const t = useMessages();
  const save = useSetTenantMfaRequired(tenantId);
  // Local state, not the mutation's: it changes within the click, so the box never flickers back.
  const [wanted, setWanted] = useState<boolean>();

  const change = (mfaRequired: boolean) => {
    setWanted(mfaRequired);
    save.mutate(mfaRequired, { onSettled: () => setWanted(undefined) });
  };

  return (
    <div>
      <label>
        <input
          type="checkbox"
          checked={wanted ?? isRequired}
          disabled={save.isPending}
          onChange={(event) => change(event.target.checked)}
        />
        {t.twoFactor.requireForCompany}
      </label>
      {save.isPending && <p role="status">{t.twoFactor.savingRequirement}</p>}
      {save.isError && <FailureAlert error={save.error} />}
    </div>
  );
}
