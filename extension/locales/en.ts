import type { ExtensionErrorCode } from '../api/messages.ts';
import { labelPageEn } from './label-page.en.ts';
import { labelPanelEn } from './label-panel.en.ts';
import { labelSummaryEn } from './label-summary.en.ts';
import { orderListEn } from './order-list.en.ts';
import { shippingOptionsEn } from './shipping-options.en.ts';
import { twoFactorEn } from './two-factor.en.ts';

// Seller-facing text by error code. English needs none: the server's catalogue and the background
// already write English for the seller, so only other languages translate codes.
export type ErrorTranslations = Partial<Record<ExtensionErrorCode, string>>;

const SERVER_WORDING: ErrorTranslations = {};

// Every string the extension shows, in English. tr.ts must have the same keys (the `Messages`
// type enforces it, tests/extension/locales.test.ts checks the values).
export const en = {
  languageTag: 'en',
  common: {
    appName: 'Kayistra',
    openSettings: 'Open settings',
    loading: 'Loading...',
    retryAfter: (minutes: number) =>
      minutes <= 1 ? 'Try again in a minute.' : `Try again in about ${minutes} minutes.`,
  },
  health: {
    checking: 'Checking the server...',
    connected: (serverUrl: string, mode: string, version: string) =>
      `Connected to ${serverUrl} (${mode} mode, version ${version}).`,
    checkAgain: 'Check again',
  },
  serverUrl: {
    heading: 'Server',
    label: 'Server URL',
    save: 'Save server URL',
    saved: 'Saved.',
    invalid:
      'Enter the address of your Kayistra server, such as https://kayistra.example.com ' +
      '(http only for this computer, such as http://127.0.0.1:8787).',
  },
  options: {
    title: 'Kayistra settings',
  },
  signIn: {
    heading: 'Account',
    email: 'Email',
    password: 'Password',
    code: 'Authenticator code',
    codeHint: 'The 6-digit code from your authenticator app.',
    submit: 'Sign in',
    submitting: 'Signing in...',
  },
  account: {
    signedInAs: (email: string) => `Signed in as ${email}`,
    company: (companyName: string) => `Company: ${companyName}`,
    role: { owner: 'Role: owner', member: 'Role: member' },
    mfaOn: 'Two-factor authentication is on.',
    mfaOff: 'Two-factor authentication is off.',
    signOut: 'Sign out',
  },
  amazon: {
    heading: 'Amazon',
    intro: 'Connect each Seller Central region you sell in.',
    regions: { na: 'North America', eu: 'Europe', fe: 'Far East' },
    notConnected: 'Not connected',
    connected: (sellerId: string) => `Connected (seller ${sellerId})`,
    needsReauthorization: 'Amazon no longer accepts our authorisation: reconnect.',
    connect: (region: string) => `Connect Amazon ${region}`,
    reconnect: (region: string) => `Reconnect Amazon ${region}`,
    disconnect: (region: string) => `Disconnect Amazon ${region}`,
    consentOpened: 'Amazon opened in a new tab. Approve there, then close that tab.',
  },
  shipentegra: {
    heading: 'Shipentegra',
    connected: (clientId: string) => `Connected with client id ${clientId}`,
    notConnected: 'Not connected: add your Shipentegra API credentials.',
    clientId: 'Client id',
    clientSecret: 'Client secret',
    save: 'Verify and save',
    saving: 'Verifying with Shipentegra...',
    saved: 'Shipentegra accepted the credentials.',
  },
  features: {
    heading: 'Features',
    intro: 'Turn off what you do not want to see in Seller Central.',
    names: {
      'order-label-panel': 'Label panel on order pages',
      'order-list-badges': 'Label badges on Manage Orders',
    } as Record<string, string>,
  },
  debug: {
    heading: 'Troubleshooting',
    toggle: 'Debug logging (details in the browser console)',
  },
  popup: {
    signedOut: 'You are not signed in. Sign in on the settings page.',
    signIn: 'Sign in',
    account: (email: string, companyName: string) => `${email} (${companyName})`,
    connectionsHeading: 'Connections',
    amazonRegion: (region: string) => `Amazon ${region}`,
    amazonNone: 'Amazon: not connected',
    connected: 'connected',
    needsReauthorization: 'needs re-authorisation',
    shipentegraConnected: 'Shipentegra: connected',
    shipentegraNotConnected: 'Shipentegra: not connected',
  },
  sync: {
    heading: 'Sync',
    kinds: { orders: 'Orders', inventory: 'Inventory' },
    row: (kind: string, region: string) => `${kind} (${region})`,
    never: 'Not synced yet',
    lastSuccess: (when: string) => `Last synced ${when}`,
    running: 'Syncing now...',
    queued: 'Waiting to start...',
    progress: (row: string) => `${row} progress`,
    lastError: (message: string) => `Last error: ${message}`,
    needsReauthorization: 'Reconnect Amazon in settings to resume syncing.',
    amazonNotConnected: 'Connect Amazon in settings to start syncing.',
    syncNow: 'Sync now',
    starting: 'Starting...',
  },
  dock: {
    collapse: 'Collapse Kayistra',
    expand: 'Expand Kayistra',
  },
  labelPanel: labelPanelEn,
  labelPage: labelPageEn,
  shippingOptions: shippingOptionsEn,
  orderList: orderListEn,
  labelSummary: labelSummaryEn,
  twoFactor: twoFactorEn,
  errors: SERVER_WORDING,
};

export type Messages = typeof en;
