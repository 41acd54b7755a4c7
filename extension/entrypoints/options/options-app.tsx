import { useSession } from '../../api/use-session.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { AccountSection } from './account-section.tsx';
import { AmazonSection } from './amazon-section.tsx';
import { DebugLoggingToggle } from './debug-logging-toggle.tsx';
import { FeatureToggles } from './feature-toggles.tsx';
import { ServerUrlForm } from './server-url-form.tsx';
import { ShipentegraSection } from './shipentegra-section.tsx';
import { ShippingSettingsSection } from './shipping-settings-section.tsx';
import { SkuProfilesSection } from './sku-profiles-section.tsx';
import { TwoFactorSection } from './two-factor-section.tsx';

export function OptionsApp() {
  const t = useMessages();
  const session = useSession();
  const tenantId = session.data?.tenantId;

  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">{t.options.title}</h1>
      <ServerUrlForm />
      <AccountSection />
      {tenantId && <TwoFactorSection key={`two-factor-${tenantId}`} tenantId={tenantId} />}
      {tenantId && <AmazonSection tenantId={tenantId} />}
      {/* Keyed by tenant: what one account typed into a form never shows under the next one. */}
      {tenantId && <ShipentegraSection key={`shipentegra-${tenantId}`} tenantId={tenantId} />}
      {tenantId && <ShippingSettingsSection key={`shipping-${tenantId}`} tenantId={tenantId} />}
      {tenantId && <SkuProfilesSection key={`skus-${tenantId}`} tenantId={tenantId} />}
      <FeatureToggles />
      <DebugLoggingToggle />
    </main>
  );
}
