import type { DemoSignIn } from './demo-account.ts';

/** The sandbox's welcome: what is running and how to sign in, impossible to miss. */
export function printSandboxBanner(url: string, signIn: DemoSignIn): void {
  const lines = [
    'Kayistra is running in SANDBOX mode (Amazon and Shipentegra are local stand-ins).',
    '',
    `  Server:    ${url}`,
    `  Sign in:   ${signIn.email}`,
    `  Password:  ${signIn.password}`,
    '',
    '  Extension: load .output/chrome-mv3 as an unpacked extension (chrome://extensions).',
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const rule = '='.repeat(width);
  const body = lines.map((line) => `  ${line}`).join('\n');

  // Straight to stdout, not the logger: this is for the person at the terminal.
  process.stdout.write(`\n${rule}\n${body}\n${rule}\n\n`);
}
