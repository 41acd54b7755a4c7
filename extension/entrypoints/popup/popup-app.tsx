import { browser } from 'wxt/browser';
import { ServerHealthStatus } from '../../components/server-health-status.tsx';

// TODO(#6): account, Amazon and Shipentegra connections, sync status and "Sync now".
export function PopupApp() {
  return (
    <main aria-labelledby="popup-title">
      <h1 id="popup-title">Kayistra</h1>
      <ServerHealthStatus />
      <p>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          Open settings
        </button>
      </p>
    </main>
  );
}
