// @vitest-environment node
import { expect, test } from 'vitest';
import { SELLER_CENTRAL_HOSTS } from '../../extension/seller-central/hosts.ts';
import { DEV_EXTENSION_PUBLIC_KEY } from '../../shared/extension-identity.ts';
import config from '../../wxt.config.ts';

test('the manifest asks for Seller Central, our local server and storage, and nothing more', async () => {
  const manifest = typeof config.manifest === 'object' ? await config.manifest : undefined;

  expect(config.srcDir).toBe('extension');
  expect(config.manifestVersion).toBe(3);
  expect(manifest).toMatchObject({ name: 'Kayistra', key: DEV_EXTENSION_PUBLIC_KEY });
  expect(manifest?.permissions).toEqual(['storage']);
  expect(manifest?.host_permissions).toEqual([
    ...SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`),
    'http://127.0.0.1/*',
    'http://localhost/*',
  ]);
});

// The label page shows the buyer's address and the options page holds the sign-in: a site must
// not be able to load either (in a frame, say), so no file of ours is web-accessible.
test('the manifest makes no page of ours loadable by websites', async () => {
  const manifest = typeof config.manifest === 'object' ? await config.manifest : undefined;

  expect(manifest).toBeDefined();
  expect(manifest).not.toHaveProperty('web_accessible_resources');
});
