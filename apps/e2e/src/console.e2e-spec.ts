import { DEMO_PASSWORD, seedDemo } from '@duban/api';
import { choose, pickDate, saved, screenshot, startConsole, weekday, type ConsoleInBrowser } from './console-browser';
import { ApiClient, startStack, until, type Stack } from './stack';

// The console as a person uses it: the production build, served by Vite, in Debian's Chromium.
describe('the web console in a real browser', () => {
  let stack: Stack;
  let web: ConsoleInBrowser;
  let consoleUrl: string;

  beforeAll(async () => {
    stack = await startStack();
    // The demo `npm start` seeds, through the API: items in every state, colour and level.
    expect(await seedDemo(stack.db, stack.baseUrl)).toEqual({ seeded: true });
    web = await startConsole(stack.baseUrl);
    consoleUrl = web.url;
  });

  afterAll(async () => {
    await web?.stop();
    await stack?.stop();
  });

  async function signIn(username: string, password: string) {
    const page = await web.browser.newPage({ viewport: { width: 1366, height: 768 } });
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
      await page.getByRole('tab', { name: '督办看板' }).click(); // the office lands on the 综合看板
    }
    for (const selector of everything) expect(await shown(selector)).toBe(true);
    // Deadlines in a year the packages do not cover yet are flagged until the office loads it.
    expect(await page.getByTestId('calendar-fallback').count()).toBeGreaterThan(0);

    await screenshot(page, 'board');
    const late = page.getByRole('row').filter({ hasText: '汛前排水管网清淤' });
    expect(await late.locator('[data-level="3"]').textContent()).toBe('3级');
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
    await page.getByText('逾期升级 · 1级').waitFor();
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
    // The confirmation stays, its button spinning, until the publish is answered: on a busy machine
    // the workflow's start can take a minute.
    const outcome = page.getByTestId('publish-outcome').filter({ hasText: edited });
    await outcome.waitFor({ timeout: 120_000 });
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

  it('keeps the board’s filters in the address: a bookmarked view survives a reload and narrows the list', async () => {
    const page = await signIn('office', DEMO_PASSWORD);
    await page.getByRole('row').filter({ hasText: '汛前排水管网清淤' }).waitFor();
    const rows = page.locator('[role="tabpanel"][aria-hidden="false"] .ant-table-tbody tr.ant-table-row'); // the board's, not a hidden tab's
    const everything = await rows.count();

    // A shared link: only the red items.
    await page.goto(`${consoleUrl}/board?colour=red`);
    await page.getByTestId('filter-colour').getByText('逾期').waitFor();
    await until(
      'the list to show only red items',
      async () => {
        const colours = await rows
          .locator('[data-colour]')
          .evaluateAll((tags) => tags.map((t) => t.getAttribute('data-colour')));
        return colours.length > 0 && colours.every((c) => c === 'red');
      },
      30,
      async () => ({ rows: await rows.count(), address: page.url() }),
    );
    const red = await rows.count();
    expect(red).toBeLessThan(everything);

    // Narrowed by hand to level 3 and a text: the address says so.
    await page.getByTestId('filter-level').click();
    await page.locator('.ant-select-item-option[title="3 级"]:visible').click();
    await until('the address to hold the level', async () => page.url().includes('level=3'), 10);
    await page.getByTestId('filter-q').locator('input').fill('清淤');
    await page.keyboard.press('Enter');
    await until('the address to hold the text', async () => new URL(page.url()).searchParams.get('q') === '清淤', 10);
    expect(new URL(page.url()).searchParams.get('colour')).toBe('red');
    await until(
      'the list to narrow to the one red level-3 item about 清淤',
      async () => (await rows.count()) === 1,
      30,
    );
    await screenshot(page, 'board-filtered');

    // Reloaded (as a bookmark would open it): the same filters, the same one item.
    await page.reload();
    await page.getByRole('row').filter({ hasText: '汛前排水管网清淤' }).waitFor();
    await until('the reloaded list to hold only the filtered item', async () => (await rows.count()) === 1, 30);
    expect(await page.getByTestId('filter-level').textContent()).toContain('3 级');
    expect(await page.getByTestId('filter-q').locator('input').inputValue()).toBe('清淤');
    expect(await page.getByTestId('filter-colour').textContent()).toContain('逾期');

    // Cleared: the whole list again, and a clean address.
    await page.getByTestId('filter-clear').click();
    await until(
      `the whole list (${everything} rows) to come back`,
      async () => (await rows.count()) === everything,
      30,
      async () => ({ rows: await rows.count(), address: page.url() }),
    );
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows a leader the board read-only, with the items escalated to them on top', async () => {
    const page = await signIn('leader', DEMO_PASSWORD);
    const mine = page.getByTestId('my-escalations');
    await mine.waitFor();
    // The demo's leader supervises every item: the level-2 and level-3 ones are theirs.
    await mine.getByText('重点企业用地需求摸排').waitFor();
    await mine.getByText('汛前排水管网清淤').waitFor();
    expect(await mine.textContent()).toContain('升级到我的事项');
    expect(await mine.textContent()).toContain('已逾期');
    // Nothing below level 2 is in it.
    expect(await mine.getByText('春节前安全生产隐患排查整治').count()).toBe(0);
    // On top of the board.
    const table = page.locator('.ant-table').last();
    await table.getByRole('row').filter({ hasText: '企业服务包全覆盖' }).waitFor();
    expect((await mine.boundingBox())!.y).toBeLessThan((await table.boundingBox())!.y);
    // Read-only: no drafting, no publishing, nothing to choose.
    expect(await page.getByTestId('new-draft').count()).toBe(0);
    expect(await page.getByTestId('publish-selected').count()).toBe(0);
    expect(await table.locator('.ant-checkbox-input').count()).toBe(0);
    await screenshot(page, 'leader-board');

    await mine.getByText('汛前排水管网清淤').click();
    const drawer = page.getByTestId('item-drawer');
    await drawer.getByTestId('item-title').filter({ hasText: '汛前排水管网清淤' }).waitFor();
    await drawer.getByTestId('timeline').waitFor();
    expect(await drawer.locator('.ant-drawer-body .ant-btn').count()).toBe(0);
    await screenshot(page, 'leader-item');
  });

  it('lets an admin deactivate a user and reset a password, then write a policy version in the form and preview its migration', async () => {
    const page = await signIn('admin', DEMO_PASSWORD);
    await page.getByRole('tab', { name: '系统管理' }).click();
    await page.getByRole('tab', { name: '用户' }).click();

    // Deactivated: the row says so, and the user can no longer sign in.
    const leaving = page.getByRole('row').filter({ hasText: 'yjj-handler' });
    await leaving.getByRole('button', { name: /停\s*用/ }).click();
    const confirm = page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ });
    await confirm.waitFor();
    await confirm.click();
    await leaving.getByText('已停用').waitFor();
    expect(await leaving.getByRole('button', { name: /启\s*用/ }).count()).toBe(1);
    const refused = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'yjj-handler', password: DEMO_PASSWORD }),
    });
    expect(refused.status).toBe(401);

    // A new password: the user signs in with it.
    const forgetful = page.getByRole('row').filter({ hasText: 'yjj-head' });
    await forgetful.getByRole('button', { name: '重置密码' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '重置密码：' });
    await dialog.getByLabel('新密码').fill('Yingji-Juzhang-2027');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await saved(page, '密码已重置');
    await screenshot(page, 'admin-users-deactivated');
    const head = await signIn('yjj-head', 'Yingji-Juzhang-2027');
    await head.getByTestId('me').filter({ hasText: '卫东' }).waitFor();
    await head.close();

    // A new policy version, written in the form: level 3 one workday after level 2.
    await page.getByRole('tab', { name: '督办规则' }).click();
    await page.getByTestId('new-policy').click();
    const editor = page.locator('.ant-modal').filter({ hasText: '新建规则版本' });
    await editor.getByLabel('规则名称').fill('督办规则（浏览器测试）');
    const levelThree = editor.getByTestId('policy-rule').filter({ hasText: '3 级' });
    await levelThree.getByLabel('数量').fill('4');
    await screenshot(page, 'policy-form');
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await saved(page, '已保存为 v2');
    await page.getByText('v2 · 督办规则（浏览器测试）').waitFor();

    // Its migration previewed at once: the item 5 workdays late would rise from level 2 to 3.
    const preview = page.getByTestId('migration-preview');
    await preview.getByText('预览迁移 → v2').waitFor();
    const rising = preview.getByRole('row').filter({ hasText: '重点企业用地需求摸排' });
    await rising.waitFor({ timeout: 60_000 });
    expect(await rising.textContent()).toContain('→ 3');
    expect(await rising.textContent()).toContain('时限后 4 个工作日'); // the rule that would fire at once, in words
    expect(await rising.textContent()).toContain('仅预览');
    // The admin previews; the office applies.
    expect(await preview.getByRole('button', { name: '确认迁移在办事项' }).count()).toBe(0);
    const adminApi = await ApiClient.login(stack.baseUrl, 'admin');
    expect((await adminApi.post('/api/policies/migration', { policyVersion: 2, dryRun: false })).status).toBe(403);
    await screenshot(page, 'policy-preview');

    // A year no package covers, entered by picking its days off and a worked weekend.
    await page.getByRole('tab', { name: '工作日历' }).click();
    await page.locator('[data-testid="calendar-year"] input, input[data-testid="calendar-year"]').fill('2032');
    await page.getByTestId('calendar-source').filter({ hasText: '无数据' }).waitFor();
    await page.getByTestId('calendar-edit').click();
    const year = page.locator('.ant-modal').filter({ hasText: '2032 年节假日安排' });
    // A picker of several days has no one input its label names: its field is found by the label's text.
    const picker = (label: string) => year.locator('.ant-form-item').filter({ hasText: label }).locator('.ant-picker');
    await picker('放假日').click();
    // Several days are picked in one go; a click on the dialog's title closes the calendar.
    const closePicker = async () => {
      await year.locator('.ant-modal-title').click();
      await until(
        "the date picker's calendar to close",
        async () => (await page.locator('.ant-picker-dropdown:visible').count()) === 0,
        10,
      );
    };
    for (const day of ['2032-01-01', '2032-01-02']) await page.locator(`td[title="${day}"]:visible`).click();
    await closePicker();
    await picker('调休上班日').click();
    await page.locator('td[title="2032-01-04"]:visible').click(); // a Sunday worked in lieu
    await closePicker();
    await screenshot(page, 'calendar-edit');
    await year.getByRole('button', { name: /保\s*存/ }).click();
    await saved(page, '工作日历已保存');
    await page.getByTestId('calendar-source').filter({ hasText: '本单位录入' }).waitFor();
    for (const day of ['2032-01-01', '2032-01-02', '2032-01-04'])
      await page.locator('.ant-descriptions').getByText(day, { exact: true }).waitFor();
  });

  it('refuses a wrong password in Chinese, with the API message below', async () => {
    const page = await signIn('office', 'wrong');
    await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
    await page.getByText('unknown user or wrong password').waitFor();
  });
});
