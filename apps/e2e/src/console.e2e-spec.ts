import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '@duban/api';
import { ApiClient, freePort, startStack, until, type Stack } from './stack';

const root = resolve(__dirname, '../../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const config = resolve(root, 'apps/web/vite.config.ts');
// Screenshots of the main pages, as a clerk sees them on a 1366×768 office screen.
const artifacts = resolve(root, '.data/test-artifacts');
async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(400); // let drawers and dialogs finish sliding in: a picture, not a check
  await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
}

// The console as a person uses it: the production build, served by Vite, in Debian's Chromium.
describe('the web console in a real browser', () => {
  let stack: Stack;
  let preview: ChildProcess;
  let browser: Browser;
  let consoleUrl: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
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
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(consoleUrl);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    // The office and the leaders land on the 综合看板; these tests work on the items.
    await page.getByTestId('me').or(page.getByTestId('login-error')).first().waitFor();
    if (await page.getByTestId('me').count()) await page.getByRole('tab', { name: '督办看板' }).click();
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

    await screenshot(page, 'board');
    const late = page.getByRole('row').filter({ hasText: '汛前排水管网清淤' });
    expect(await late.locator('[data-level="3"]').textContent()).toBe('L3');
    await late.click();
    await page.getByTestId('delay-attribution').waitFor();
    expect(await page.getByTestId('delay-attribution').textContent()).toContain('牵头单位');
    await screenshot(page, 'item-drawer');
    // A message's link (<console>/?item=<id>) opens the item.
    const lateId = (await (await ApiClient.login(stack.baseUrl, 'office')).get('/api/items?q=汛前排水管网清淤')).body
      .items[0].id as string;
    await page.goto(`${consoleUrl}/?item=${lateId}`);
    await page.getByTestId('item-title').filter({ hasText: '汛前排水管网清淤' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('row').filter({ hasText: '春节前安全生产隐患排查整治' }).click();
    await page.getByText('逾期升级 L1').waitFor();
    await page.keyboard.press('Escape');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('tab', { name: 'Supervision board' }).waitFor();
    await screenshot(page, 'board-en');
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
    await screenshot(page, 'inbox');
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
    await screenshot(admin, 'calendar');

    const office = await signIn('office', DEMO_PASSWORD);
    await office.getByRole('tab', { name: '督办规则' }).click();
    await office.getByTestId('preview-1').click();
    const preview = office.getByTestId('migration-preview');
    await preview.getByText('汛前排水管网清淤').waitFor();
    expect(await preview.textContent()).toContain('仅预览');
    await office.getByText('v1 · 默认督办规则').click();
    await office.getByText('时限后').first().waitFor();
    await office.waitForTimeout(500); // let the panel finish opening
    await screenshot(office, 'policies');
  });

  it('lets the office draft an item with two milestones (a holiday flagged in the picker), edit it, and publish it from the board', async () => {
    // Next year's holidays: the packaged ones, or National Day as the office would load it.
    const year = new Date().getFullYear() + 1;
    const admin = await ApiClient.login(stack.baseUrl, 'admin');
    if ((await admin.get(`/api/calendar/${year}`)).body.source === 'fallback') {
      const days = [1, 2, 3, 4, 5, 6, 7].map((d) => `${year}-10-0${d}`);
      expect((await admin.put(`/api/calendar/${year}`, { holidays: days, adjustedWorkdays: [] })).status).toBe(200);
    }
    const title = '重点项目集中开工（浏览器测试）';
    const page = await signIn('office', DEMO_PASSWORD);
    await page.getByTestId('new-draft').click();
    const editor = page.getByTestId('draft-editor');
    await editor.getByText('新建督办事项').waitFor();

    await editor.getByLabel('重点任务').fill(title);
    await editor.getByLabel('具体措施').fill('按月调度开工项目，协调用地、环评等前期手续。');
    await choose(page, editor.getByLabel('类别'), '重大项目');
    await choose(page, editor.getByLabel('牵头单位'), '经济发展局');
    await choose(page, editor.getByLabel('配合单位'), '投资促进局');

    // A holiday shows as a day off in the picker, and picking it is warned about.
    const deadline = editor.getByLabel('完成时限');
    await deadline.click();
    await deadline.fill(`${year}-10-01`);
    const holiday = page.locator(`td[title="${year}-10-01"] [data-day-kind="holiday"]`);
    await holiday.waitFor();
    expect(await holiday.textContent()).toContain('休');
    await screenshot(page, 'deadline-picker');
    await holiday.click();
    await editor.getByText('所选日期是法定节假日，非工作日').waitFor();
    await screenshot(page, 'draft-form-holiday');

    // A workday instead: the warning goes.
    const due = weekday(year, 11, 17);
    await pickDate(page, deadline, due);
    await until(
      'the day-off warning to go once a workday is picked',
      async () => (await editor.getByText('所选日期是法定节假日，非工作日').count()) === 0,
      10,
    );
    await choose(page, editor.getByLabel('报送频次'), '每 N 个工作日');
    await editor.getByLabel('间隔工作日数').fill('10');

    const milestones = [
      { title: '完成项目用地报批', deadline: weekday(year, 3, 16), target: '12', unit: '宗' },
      { title: '完成年度投资', deadline: weekday(year, 7, 15), target: '30', unit: '亿元' },
    ];
    for (const [i, m] of milestones.entries()) {
      await editor.getByRole('button', { name: /添加节点/ }).click();
      const row = editor.getByTestId('milestone').nth(i);
      await row.getByPlaceholder('节点任务').fill(m.title);
      await pickDate(page, row.getByPlaceholder('请选择日期'), m.deadline);
      await row.getByPlaceholder('目标值').fill(m.target);
      await row.getByPlaceholder('计量单位').fill(m.unit);
    }
    await screenshot(page, 'draft-form');
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await saved(page, '草稿已保存');

    // Saved: the item opens as a draft with everything entered.
    const drawer = page.getByTestId('item-drawer');
    await drawer.getByTestId('item-title').filter({ hasText: title }).waitFor();
    const facts = drawer.getByTestId('item-facts');
    for (const shown of ['草稿', '经济发展局', '投资促进局', due, '重大项目', '每 10 个工作日'])
      expect(await facts.textContent()).toContain(shown);
    for (const m of milestones) {
      const row = drawer.getByTestId('milestones').getByRole('row').filter({ hasText: m.title });
      expect(await row.textContent()).toContain(`${m.target} ${m.unit}`);
      expect(await row.textContent()).toContain(m.deadline);
    }
    await drawer.getByText('创建草稿').waitFor();

    // Edited: a sharper title and a higher priority.
    await drawer.getByRole('button', { name: /编\s*辑/ }).click();
    await editor.getByText('编辑草稿').waitFor();
    expect(await editor.getByLabel('重点任务').inputValue()).toBe(title);
    const edited = `${title}（修订）`;
    await editor.getByLabel('重点任务').fill(edited);
    await editor.getByText('紧急', { exact: true }).click();
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByTestId('item-title').filter({ hasText: edited }).waitFor();
    expect(await drawer.getByTestId('item-facts').textContent()).toContain('紧急');
    expect(await drawer.getByTestId('milestones').getByRole('row').count()).toBe(3); // a header and two milestones
    await drawer.getByText('修改草稿').waitFor();
    // Who did it, in Chinese: the office's clerk, once for the creation and once for the edit.
    expect((await drawer.getByTestId('timeline').textContent())?.split('督查室 王敏（督查室）').length).toBe(3);
    await screenshot(page, 'draft-drawer');
    await drawer.locator('.ant-drawer-close').click();

    // Published from the board: chosen by its checkbox, confirmed, its outcome said.
    const row = page.getByRole('row').filter({ hasText: edited });
    await row.locator('.ant-checkbox-input').check();
    await page.getByTestId('publish-selected').filter({ hasText: '交办所选（1）' }).click();
    // The confirmation pops up with an animation: wait until it is there and its button takes the click.
    const confirm = page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ });
    await confirm.waitFor();
    await confirm.click();
    await page.locator('.ant-popconfirm:visible').waitFor({ state: 'hidden' });
    const outcome = page.getByTestId('publish-outcome').filter({ hasText: edited });
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain('已交办');
    await screenshot(page, 'publish-results');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await row.locator('[data-status="assigned"]').filter({ hasText: '已交办' }).waitFor({ timeout: 30_000 });
  });

  it('lets an admin add a unit under another and a user in it, who can then sign in', async () => {
    const page = await signIn('admin', DEMO_PASSWORD);
    await page.getByRole('tab', { name: '系统管理' }).click();
    const parent = page.locator('[data-testid="unit-node"][data-unit="经济发展局"]');
    await parent.getByRole('button', { name: '新增下级单位' }).click();
    const unitDialog = page.locator('.ant-modal').filter({ hasText: '单位名称' });
    await unitDialog.getByLabel('单位名称').fill('项目推进科');
    await unitDialog.getByRole('button', { name: /保\s*存/ }).click();
    await saved(page, '单位已保存');
    await page.locator('[data-testid="unit-node"][data-unit="项目推进科"]').waitFor();
    // Under 经济发展局, as the API has it.
    const units = (await (await ApiClient.login(stack.baseUrl, 'admin')).get('/api/units')).body as {
      id: string;
      name: string;
      parentId: string | null;
    }[];
    const byName = (name: string) => units.find((u) => u.name === name);
    expect(byName('项目推进科')?.parentId).toBe(byName('经济发展局')?.id);
    await screenshot(page, 'admin-units');

    await page.getByRole('tab', { name: '用户' }).click();
    await page.getByTestId('new-user').click();
    const userDialog = page.locator('.ant-modal').filter({ hasText: '新增用户' });
    await userDialog.getByLabel('用户名').fill('xmtj-handler');
    await userDialog.getByLabel('姓名').fill('李明');
    await choose(page, userDialog.getByLabel('所属单位'), '项目推进科');
    await choose(page, userDialog.getByLabel('角色'), '承办人');
    await userDialog.getByLabel('密码').fill('Xiangmu-Tuijin-2025');
    await userDialog.getByRole('button', { name: /保\s*存/ }).click();
    await saved(page, '用户已保存');
    const userRow = page.getByRole('row').filter({ hasText: 'xmtj-handler' });
    await userRow.waitFor();
    for (const shown of ['李明', '项目推进科', '承办人', '启用']) expect(await userRow.textContent()).toContain(shown);
    await screenshot(page, 'admin-users');

    const newcomer = await signIn('xmtj-handler', 'Xiangmu-Tuijin-2025');
    await newcomer.getByTestId('me').filter({ hasText: '李明 · 项目推进科' }).waitFor();
  });

  it('refuses a wrong password in Chinese, with the API message below', async () => {
    const page = await signIn('office', 'wrong');
    await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
    await page.getByText('unknown user or wrong password').waitFor();
  });
});

/**
 * Chooses an option of a select (or tree select) and waits for its dropdown to close. A click
 * that lands while a drawer is still sliding in can miss: then it chooses again.
 */
async function choose(page: Page, field: ReturnType<Page['getByLabel']>, option: string) {
  const control = field.locator('xpath=ancestor::div[contains(@class, "ant-form-item-control-input")][1]');
  const choice = page.locator(
    `.ant-select-item-option[title="${option}"]:visible, .ant-select-tree-node-content-wrapper[title="${option}"]:visible`,
  );
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await choice.click();
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
async function saved(page: Page, message: string) {
  const said = await until(
    `"${message}", an error notification or a field's error`,
    async () => {
      if (await page.getByText(message).count()) return 'ok';
      const error = page.locator('.ant-notification-notice, .ant-form-item-explain-error:visible');
      return (await error.count()) ? `the console said: ${await error.first().textContent()}` : false;
    },
    30,
  ).catch((e: Error) => e.message);
  if (said !== 'ok') await screenshot(page, `failed-${message}`);
  expect(said).toBe('ok');
}

/** Types a date into a date picker and leaves the field, as a clerk who knows the date would. */
async function pickDate(page: Page, field: ReturnType<Page['getByLabel']>, date: string) {
  await field.click();
  await field.fill(date);
  await page.keyboard.press('Tab');
}

/** The first Monday to Friday from the given day of the month (March, July and November hold no public holiday). */
function weekday(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
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
  throw new Error(`${url} did not answer`);
}
