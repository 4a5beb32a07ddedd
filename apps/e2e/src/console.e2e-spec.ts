import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '@duban/api';
import { freePort, startStack, type Stack } from './stack';

const root = resolve(__dirname, '../../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'apps/web/vite.config.ts');

// The console as a person uses it: the production build, served by Vite, in Debian's Chromium.
describe('the web console in a real browser', () => {
  let stack: Stack;
  let preview: ChildProcess;
  let browser: Browser;
  let consoleUrl: string;

  beforeAll(async () => {
    stack = await startStack();
    // The demo `npm start` seeds, through the API: items in every state, colour and level.
    expect(await seedDemo(stack.db, stack.baseUrl)).toEqual({ seeded: true });

    const build = spawnSync(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
      cwd: root,
      encoding: 'utf8',
    });
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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
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

  it('shows the office the demo board in every colour and escalation level, flags an unconfirmed calendar, and explains a late item', async () => {
    const page = await signIn('office', DEMO_PASSWORD);
    await page.getByTestId('me').waitFor();
    expect(await page.getByTestId('me').textContent()).toContain('督查室');

    // The ladders settle right after the seed publishes: reload until the board shows them all.
    const shown = async (selector: string) => (await page.locator(selector).count()) > 0;
    const everything = [
      '[data-colour="green"]',
      '[data-colour="yellow"]',
      '[data-colour="orange"]',
      '[data-colour="red"]',
      '[data-level="1"]',
      '[data-level="2"]',
      '[data-level="3"]',
    ];
    // The item due seconds after the seed turns red at level 1 live.
    for (let i = 0; i < 90; i++) {
      await page.getByRole('row').filter({ hasText: '汛前排水管网清淤' }).waitFor();
      if ((await Promise.all(everything.map(shown))).every(Boolean)) break;
      await page.waitForTimeout(500);
      await page.reload();
    }
    for (const selector of everything) expect(await shown(selector)).toBe(true);
    // Deadlines in a year the packages do not cover yet are flagged until the office loads it.
    expect(await page.getByTestId('calendar-fallback').count()).toBeGreaterThan(0);

    const late = page.getByRole('row').filter({ hasText: '汛前排水管网清淤' });
    expect(await late.locator('[data-level="3"]').textContent()).toBe('L3');
    await late.click();
    await page.getByTestId('delay-attribution').waitFor();
    expect(await page.getByTestId('delay-attribution').textContent()).toContain('牵头单位');
    await page.keyboard.press('Escape');
    await page.getByRole('row').filter({ hasText: '春节前安全生产隐患排查整治' }).click();
    await page.getByText('逾期升级 L1').waitFor();
    await page.keyboard.press('Escape');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('tab', { name: 'Supervision board' }).waitFor();
    mkdirSync(resolve(root, '.data/test-results'), { recursive: true });
    await page.screenshot({ path: resolve(root, '.data/test-results/console-board.png'), fullPage: true });
  });

  it('shows the office a level-1 escalation in the inbox, unread until opened', async () => {
    const page = await signIn('office', DEMO_PASSWORD);
    await page.getByTestId('inbox').click();
    const subject = page.getByTestId('inbox-subject').filter({ hasText: '【逾期升级·1级】春节前安全生产隐患排查整治' });
    await subject.waitFor();
    await subject.click();
    // Opening it marks it read.
    const readAt = async () =>
      (
        await stack.db.query(
          `SELECT m.read_at FROM inbox_messages m JOIN users u ON u.id = m.user_id JOIN notifications n ON n.id = m.notification_id
           WHERE u.username = 'office' AND n.rule_key = 'after_deadline:0wd'`,
        )
      )[0]?.read_at;
    for (let i = 0; i < 20 && !(await readAt()); i++) await page.waitForTimeout(250);
    expect(await readAt()).not.toBeNull();
  });

  it("lists the office's to-dos in the inbox: the item under review and the pending extension", async () => {
    const page = await signIn('office', DEMO_PASSWORD);
    await page.getByTestId('inbox').click();
    await page.getByTestId('todo').filter({ hasText: '企业服务包全覆盖' }).filter({ hasText: '待审核' }).waitFor();
    await page.getByTestId('todo').filter({ hasText: '新增中小学学位' }).filter({ hasText: '延期待批' }).waitFor();
  });

  it('lets an admin load a year of the calendar from an ICS file, and the office preview a policy migration', async () => {
    const admin = await signIn('admin', DEMO_PASSWORD);
    await admin.getByRole('tab', { name: '工作日历' }).click();
    const year = admin.getByRole('spinbutton');
    await year.fill('2031');
    await admin.getByTestId('calendar-source').filter({ hasText: '无数据' }).waitFor();
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//duban//console//CN',
      'BEGIN:VEVENT',
      'UID:a@duban',
      'DTSTART;VALUE=DATE:20310122',
      'DTEND;VALUE=DATE:20310129',
      'SUMMARY:春节',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@duban',
      'DTSTART;VALUE=DATE:20310208',
      'DTEND;VALUE=DATE:20310209',
      'SUMMARY:调休上班',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await admin
      .getByTestId('calendar-file')
      .setInputFiles({ name: '2031.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await admin.getByTestId('calendar-source').filter({ hasText: '本单位录入' }).waitFor();
    await admin.getByText('2031-01-28', { exact: true }).waitFor();
    await admin.getByText('2031-02-08', { exact: true }).waitFor();

    const office = await signIn('office', DEMO_PASSWORD);
    await office.getByRole('tab', { name: '督办规则' }).click();
    await office.getByTestId('preview-1').click();
    const preview = office.getByTestId('migration-preview');
    await preview.getByText('汛前排水管网清淤').waitFor();
    expect(await preview.textContent()).toContain('仅预览');
    await office.getByText('v1 · 默认督办规则').click();
    await office.getByText('时限后').first().waitFor();
    await office.waitForTimeout(500); // let the panel finish opening
    await office.screenshot({ path: resolve(root, '.data/test-results/console-policies.png'), fullPage: true });
  });

  it('refuses a wrong password with the API message', async () => {
    const page = await signIn('office', 'wrong');
    await page.getByText('unknown user or wrong password').waitFor();
  });
});

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
  throw new Error(`${url} did not answer`);
}
