// The public half of an RSA-2048 key, base64 SPKI DER. Putting it in the manifest's `key` fixes
// the unpacked extension's id on every machine, so the server's CORS allow-list can name our
// origin in advance. The private half was thrown away: the Chrome Web Store signs the published
// build with its own key and gives it another id, which goes into KAYISTRA_EXTENSION_ORIGINS.
export const DEV_EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsMLTqzNxwSzYHXlyK4sdl8tamaT1igEuJh0Dxiqvqw2nilHF6xL7GlXfaaAk4AsL8QoXY8miH8x/YZRN+V9JiIZ96aVcvYTTiE+6glWhdvmmHCnACdAi68rUp4G0IAW4TS94e4yDT2Fd/gvGj5OSJpObiQcWVXSxb6nPJpz3oKlgpB2gGQ50CDzUM/yLq6ZVmW08a6dI5qoWLKStz9p42TIYhrxMjkltyf+P79sxRJSXF5O5BSEBfMwkP2a5EzbwtbLxqa/lAj/u8eREmx5E89CVXQIj7qYMDZaBfQfPW3d3zzy1e9ZATBpl4huv9eGDgElpTF3ngoUbjx66XgXC/QIDAQAB';

// Chrome derives an extension id from its key: SHA-256 of the SPKI DER, the first 32 hex digits,
// each digit 0-f written as a letter a-p. tests/extension/extension-identity.test.ts recomputes it.
export const DEV_EXTENSION_ID = 'igfemhlpifmmkjndmpeifncpofkolfdb';

export const DEV_EXTENSION_ORIGIN = `chrome-extension://${DEV_EXTENSION_ID}`;
