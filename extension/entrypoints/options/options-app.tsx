import { DebugLoggingToggle } from './debug-logging-toggle.tsx';
import { ServerUrlForm } from './server-url-form.tsx';

// TODO(#6): sign-in, Amazon and Shipentegra connections, shipping defaults, SKU profiles and
// feature toggles.
export function OptionsApp() {
  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">Kayistra settings</h1>
      <ServerUrlForm />
      <DebugLoggingToggle />
    </main>
  );
}
