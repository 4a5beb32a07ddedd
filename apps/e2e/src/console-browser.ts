// The console in a real browser, for the browser suites: the production build served by Vite, in
// Debian's Chromium (never a downloaded one), and the moves a clerk makes in Ant Design's fields.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { freePort, until } from './stack';

const root = resolve(__dirname, '../../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'apps/web/vite.config.ts');
/** Screenshots of the main pages, as people see them. */
export const artifacts = resolve(root, '.data/test-artifacts');

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.waitForTimeout(400); // let drawers and dialogs finish sliding in: a picture, not a check
  await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
}

export interface ConsoleInBrowser {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** Builds the console, serves it against the API at `apiUrl` and launches Chromium. */
export async function startConsole(apiUrl: string): Promise<ConsoleInBrowser> {
  // A build of its own: two browser suites run at once, and a shared dist/web would be emptied by
  // one's build under the other's server.
  const outDir = mkdtempSync(resolve(tmpdir(), 'duban-console-'));
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', config, '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const port = await freePort();
  const preview: ChildProcess = spawn(
    process.execPath,
    [vite, 'preview', '--config', config, '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: root, env: { ...process.env, API_URL: apiUrl }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    await waitForHttp(url);
    // Without the background-networking flags the closed network here refuses its connections.
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    preview.kill(); // nothing of a failed start outlives it
    throw error;
  }
  return {
    url,
    browser,
    stop: async () => {
      await browser.close();
      preview.kill();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Signs in on a fresh page of the given size (an office screen by default). */
export async function signIn(
  console: ConsoleInBrowser,
  username: string,
  password: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await console.browser.newPage({ viewport });
  await page.goto(console.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('me').waitFor();
  // The office and the leaders land on the 综合看板; the journeys work on the items.
  const dashboard = page.getByRole('tab', { name: '综合看板', selected: true });
  if (await dashboard.count()) await page.getByRole('tab', { name: '督办看板' }).click();
  return page;
}

/**
 * Chooses an option of a select (or tree select) and waits for its dropdown to close. A click
 * that lands while a drawer or dialog is still sliding in can miss: then it chooses again.
 */
export async function choose(page: Page, field: Locator, option: string) {
  const control = field.locator('xpath=ancestor::div[contains(@class, "ant-form-item-control-input")][1]');
  const choice = page.locator(
    `.ant-select-item-option[title="${option}"]:visible, .ant-select-tree-node-content-wrapper[title="${option}"]:visible`,
  );
  for (let attempt = 1; ; attempt++) {
    await field.click();
    // An option out of view in a long list (the demo's units) is searched for, when the select can search.
    const open = await page
      .locator('.ant-select-dropdown:visible')
      .waitFor({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (open && (await choice.count()) === 0 && (await field.isEditable())) await field.fill(option);
    // A click that lands while a dialog still slides in opens nothing: open it again.
    const clicked = await choice.click({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!clicked && attempt < 3) {
      await page.keyboard.press('Escape');
      continue;
    }
    if (!clicked) throw new Error(`"${option}" was not offered after three tries`);
    await field.blur(); // a multiple select stays open until the field is left
    await until(
      'the dropdown to close after a choice',
      async () => (await page.locator('.ant-select-dropdown:visible').count()) === 0,
      10,
    );
    const shown = await control.textContent();
    if (shown?.includes(option)) return;
    if (attempt === 3) throw new Error(`chose "${option}" three times; the field shows "${shown}"`);
  }
}

/** Waits for the console to say a save succeeded; if it shows an error instead, fails with its words (and a screenshot). */
export async function saved(page: Page, message: string) {
  const said = await until(
    `"${message}", an error notification or a field's error`,
    async () => {
      if (await page.getByText(message).count()) return 'ok';
      const error = page.locator(
        '.ant-notification-notice, .ant-form-item-explain-error:visible, [data-testid="action-refusal"]:visible',
      );
      // An error on its way out (a dialog closing) may be gone before it is read.
      const said = (await error.count())
        ? await error
            .first()
            .textContent({ timeout: 1000 })
            .catch(() => null)
        : null;
      return said ? `the console said: ${said}` : false;
    },
    30,
  ).catch((e: Error) => e.message);
  if (said !== 'ok') await screenshot(page, `failed-${message}`);
  expect(said).toBe('ok');
}

/** Types a date into a date picker and leaves the field, as a clerk who knows the date would. */
export async function pickDate(page: Page, field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await page.keyboard.press('Tab');
}

/** The first Monday to Friday from the given day of the month (March, July and November hold no public holiday). */
export function weekday(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function waitForHttp(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}
