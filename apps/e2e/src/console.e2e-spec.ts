import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ApiClient, startStack, type Stack } from './stack';

const root = resolve(__dirname, '../../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'apps/web/vite.config.ts');

// The console as a person uses it: the production build, served by Vite, in Debian's Chromium.
describe('the web console in a real browser', () => {
  let stack: Stack;
  let preview: ChildProcess;
  let browser: Browser;
  let consoleUrl: string;
  let overdueTitle: string;

  beforeAll(async () => {
    stack = await startStack();
    const office = await ApiClient.login(stack.baseUrl, 'office');
    overdueTitle = `逾期事项 ${Date.now()}`;
    const { units } = stack.directory;
    const draft = await office.post('/api/items', { title: overdueTitle, category: '重点工作', leadUnitId: units.jfj, deadline: '2024-01-31' });
    await office.post(`/api/items/${draft.body.id}/publish`);

    const build = spawnSync(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    const port = await freePort();
    preview = spawn(process.execPath, [vite, 'preview', '--config', config, '--port', String(port), '--strictPort'], {
      cwd: root,
      env: { ...process.env, API_URL: stack.baseUrl },
      stdio: 'ignore',
    });
    consoleUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(consoleUrl);
    // Debian's Chromium, never a downloaded one; playwright gives it a fresh profile directory.
    // Without the background-networking flags the closed network here refuses its connections.
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    preview?.kill();
    await stack?.stop();
  });

  async function signIn(username: string, password: string) {
    const page = await browser.newPage();
    await page.goto(consoleUrl);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return page;
  }

  it('signs the office in, shows the board with an overdue item in red, and its timeline', async () => {
    const page = await signIn('office', 'Duban@2024');
    await page.getByTestId('me').waitFor();
    expect(await page.getByTestId('me').textContent()).toContain('督查室');

    const row = page.getByRole('row').filter({ hasText: overdueTitle });
    await row.waitFor();
    // The workflow's deadline timer fires right after publish: wait for the projection to say red.
    for (let i = 0; i < 30 && !(await row.locator('[data-colour="red"]').count()); i++) {
      await page.reload();
      await page.getByRole('row').filter({ hasText: overdueTitle }).waitFor();
    }
    expect(await row.locator('[data-colour="red"]').textContent()).toBe('逾期');

    await row.click();
    await page.getByText('deadline_passed').waitFor();
    await page.keyboard.press('Escape');

    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Supervision board').waitFor();
    mkdirSync(resolve(root, '.data/test-results'), { recursive: true });
    await page.screenshot({ path: resolve(root, '.data/test-results/console-board.png'), fullPage: true });
  });

  it('refuses a wrong password with the API message', async () => {
    const page = await signIn('office', 'wrong');
    await page.getByText('unknown user or wrong password').waitFor();
  });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function waitForHttp(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}
