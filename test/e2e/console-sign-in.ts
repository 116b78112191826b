// Signing in to the console in the browser, as a person does: e-mail and password, or "Use an API token".
import type { Page } from 'playwright-core';

/** Fills the API-token form (opening it first if the e-mail form shows) and submits it. */
export async function signInWithToken(page: Page, token: string): Promise<void> {
  const toggle = page.getByRole('button', { name: /^(Use an API token|Sign in with e-mail and password)$/ });
  await toggle.waitFor();
  if ((await toggle.textContent()) === 'Use an API token') await toggle.click();
  await page.getByLabel('Personal access token').fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Fills the e-mail and password form and submits it. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
