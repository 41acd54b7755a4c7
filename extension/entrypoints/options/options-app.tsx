import { useSession } from '../../api/use-session.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { AccountSection } from './account-section.tsx';
import { AmazonSection } from './amazon-section.tsx';
import { DebugLoggingToggle } from './debug-logging-toggle.tsx';
import { FeatureToggles } from './feature-toggles.tsx';
import { ServerUrlForm } from './server-url-form.tsx';
import { ShipentegraSection } from './shipentegra-section.tsx';

// TODO(#6): shipping defaults (sender address, IOSS number, default service) and the SKU
// profiles table, once GET/PUT /api/settings/shipping and /api/skus exist on the server.
export function OptionsApp() {
  const t = useMessages();
  const session = useSession();
  const tenantId = session.data?.tenantId;

  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">{t.options.title}</h1>
      <ServerUrlForm />
      <AccountSection />
      {tenantId && <AmazonSection tenantId={tenantId} />}
      {tenantId && <ShipentegraSection tenantId={tenantId} />}
      <FeatureToggles />
      <DebugLoggingToggle />
    </main>
  );
}
