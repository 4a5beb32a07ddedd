import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@duban/api';
import { freePort, type Stack } from './stack';

const root = resolve(__dirname, '../../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'apps/web/vite.config.ts');
/** Where browser tests leave their screenshots. */
export const ARTIFACTS = resolve(root, '.data/test-artifacts');

/** The console's production build served by Vite against a stack's API, and Debian's Chromium to use it. */
export interface RunningConsole {
  url: string;
  browser: Browser;
  /** A new 1366×768 page signed in as the user (the demo password unless given). */
  signIn(username: string, password?: string): Promise<Page>;
  /** A picture of the page as it is now, in .data/test-artifacts/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds the console, serves it with `vite preview` on a free port and launches Debian's Chromium
 * (never a downloaded one), as apps/e2e/src/console.e2e-spec.ts does.
 */
export async function startConsole(stack: Stack): Promise<RunningConsole> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const build = spawnSync(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [vite, 'preview', '--config', config, '--port', String(port), '--strictPort'],
    {
      cwd: root,
      env: { ...process.env, API_URL: stack.baseUrl },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url);
  } catch (error) {
    preview.kill();
    throw error;
  }
  // Without the background-networking flags the closed network here refuses its connections.
  const browser = await chromium.launch({
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
  return {
    url,
    browser,
    async signIn(username, password = DEMO_PASSWORD) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
      await page.goto(url);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('me').waitFor();
      return page;
    },
    async screenshot(page, name) {
      await page.waitForTimeout(400); // let drawers and dialogs finish sliding in: a picture, not a check
      await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async stop() {
      await browser.close();
      preview.kill();
    },
  };
}

async function waitForHttp(url: string): Promise<void> {
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
  throw new Error(`${url} did not answer within 30 s`);
}
