import { browser } from 'wxt/browser';

type RuntimeWithUrls = typeof browser.runtime & { getURL(path: string): string };

// A URL inside the extension (`chrome-extension://<id>/label.html`). WXT types getURL from paths
// it generates under .wxt/, which this repository's type check leaves out.
export function getExtensionUrl(path: string): string {
  return (browser.runtime as RuntimeWithUrls).getURL(path);
}
