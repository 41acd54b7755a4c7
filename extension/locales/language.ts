import { browser } from 'wxt/browser';
import { en, type Messages } from './en.ts';
import { tr } from './tr.ts';

export type Language = 'en' | 'tr';

const DICTIONARIES: Record<Language, Messages> = { en, tr };

// Chrome's UI language first (it follows the browser's settings and `--lang`); the page's
// navigator.language where the extension API is missing, as in unit tests.
function readBrowserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}

export function pickLanguage(languageTag: string): Language {
  return languageTag.toLowerCase().split(/[-_]/)[0] === 'tr' ? 'tr' : 'en';
}

export function detectLanguage(): Language {
  return pickLanguage(readBrowserLanguage());
}

export function getMessages(language: Language = detectLanguage()): Messages {
  return DICTIONARIES[language];
}
