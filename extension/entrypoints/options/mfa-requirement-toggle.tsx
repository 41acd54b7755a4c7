import { useSetTenantMfaRequired } from '../../api/mfa-mutations.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';

interface MfaRequirementToggleProps {
  tenantId: string;
  isRequired: boolean;
}

// The owner's switch. Shown checked as the server last answered, so a refused change (a member
// who became owner elsewhere, a lost connection) never looks saved.
export function MfaRequirementToggle({ tenantId, isRequired }: MfaRequirementToggleProps) {
  const t = useMessages();
  const save = useSetTenantMfaRequired(tenantId);

  return (
    <div>
      <label>
        <input
          type="checkbox"
          checked={isRequired}
          disabled={save.isPending}
          onChange={(event) => save.mutate(event.target.checked)}
        />
        {t.twoFactor.requireForCompany}
      </label>
      {save.isPending && <p role="status">{t.twoFactor.savingRequirement}</p>}
      {save.isError && <FailureAlert error={save.error} />}
    </div>
  );
}
