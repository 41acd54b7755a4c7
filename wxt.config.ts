import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_HOSTS } from './extension/seller-central/hosts.ts';
import { DEV_EXTENSION_PUBLIC_KEY } from './shared/extension-identity.ts';

// Our server on this machine (sandbox and development). A remote server is reached through its
// CORS allow-list for our origin, so it needs no host permission.
const LOCAL_SERVER_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the same code then type-checks and runs under vitest unchanged.
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: 'Kayistra',
    description: 'Shipentegra labels and sync status inside Amazon Seller Central.',
    // Fixes the unpacked extension's id (see shared/extension-identity.ts).
    key: DEV_EXTENSION_PUBLIC_KEY,
    permissions: ['storage'],
    // Exactly the Seller Central hosts, never <all_urls>: the extension reads no other site.
    host_permissions: [
      ...SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`),
      ...LOCAL_SERVER_ORIGINS,
    ],
  },
});
