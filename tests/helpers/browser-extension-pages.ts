import type { Page } from 'playwright-core';

export interface SignIn {
  email: string;
  password: string;
}

// Signs in on the options page the way a seller does: by label and button name.
export async function signInOnOptionsPage(page: Page, { email, password }: SignIn): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

// The page's text, whitespace collapsed, for "is this shown anywhere" checks.
export async function readPageText(page: Page): Promise<string> {
  const text = (await page.locator('body').textContent()) ?? '';

  return text.replace(/\s+/g, ' ').trim();
}
