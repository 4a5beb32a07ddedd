import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@duban/api';
import {
  choose,
  pickDate,
  saved,
  screenshot,
  signIn,
  startConsole,
  weekday,
  type ConsoleInBrowser,
} from './console-browser';
import { ApiClient, anItemBody, startStack, until, type Stack } from './stack';

const PHONE = { width: 375, height: 740 };
// A PDF by its content (the API checks the signature, not the name).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EVIDENCE = '一季度用地报批情况.pdf';

// Who acted, as the timeline names them: the person, their unit and the role they acted in.
const OFFICE = '督查室 王敏（督查室）';
const HANDLER = '经发局 赵磊（经济发展局·承办人）';
const HEAD = '经发局局长 钱进（经济发展局·单位负责人）';

/** Waits until the locator shows the text; on giving up, says what it showed. */
async function shows(locator: Locator, text: string | RegExp, seconds = 30) {
  try {
    await locator
      .filter({ hasText: text })
      .first()
      .waitFor({ timeout: seconds * 1000 });
  } catch {
    throw new Error(`waited ${seconds} s for "${String(text)}"; it showed: ${await locator.first().textContent()}`);
  }
}

/** The open action dialog, its submit, and the console's word that the command went through. */
async function submitAction(page: Page, done: string) {
  const dialog = page.locator('.ant-modal:visible');
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await saved(page, done);
  await dialog.waitFor({ state: 'hidden' });
}

/** Opens a to-do of the list by its item's title and kind; its item opens with that action's form. */
async function openTodo(page: Page, title: string, action: string) {
  const todo = page.locator(`[data-testid="todo"][data-action="${action}"]`).filter({ hasText: title });
  await todo.waitFor({ timeout: 30_000 });
  await todo.click();
  await page.locator('.ant-modal:visible').waitFor();
}

// Every role doing its whole job on one item in the browser, on a fresh stack: nothing through the API but checks.
describe('the workplace in a real browser: an item from draft to rated, every step by the role that takes it', () => {
  let stack: Stack;
  let web: ConsoleInBrowser;

  beforeAll(async () => {
    stack = await startStack();
    web = await startConsole(stack.baseUrl);
  }, 300_000);

  afterAll(async () => {
    await web?.stop();
    await stack?.stop();
  });

  // Four people, a dozen commands, each waited for on the page: minutes on a busy machine.
  it('takes an item from the office to the unit and back, names every actor in Chinese, and keeps it from other units', async () => {
    const year = new Date().getFullYear() + 1;
    const title = '重点产业园区用地保障（工作台测试）';
    const milestones = [
      { title: '完成项目用地报批', deadline: weekday(year, 3, 16), target: '12', unit: '宗' },
      { title: '完成土地供应', deadline: weekday(year, 7, 15), target: '800', unit: '亩' },
    ];

    // The office drafts the item with two milestones and publishes it from its drawer.
    const office = await signIn(web, 'office', DEMO_PASSWORD);
    await office.getByTestId('new-draft').click();
    const editor = office.getByTestId('draft-editor');
    await editor.getByText('新建督办事项').waitFor();
    await editor.getByLabel('重点任务').fill(title);
    await editor.getByLabel('具体措施').fill('统筹年度用地指标，优先保障重点产业项目落地。');
    await choose(office, editor.getByLabel('类别'), '重大项目');
    await choose(office, editor.getByLabel('牵头单位'), '经济发展局');
    await pickDate(office, editor.getByLabel('完成时限'), weekday(year, 11, 17));
    for (const [i, m] of milestones.entries()) {
      await editor.getByRole('button', { name: /添加节点/ }).click();
      const row = editor.getByTestId('milestone').nth(i);
      await row.getByPlaceholder('节点任务').fill(m.title);
      await pickDate(office, row.getByPlaceholder('请选择日期'), m.deadline);
      await row.getByPlaceholder('目标值').fill(m.target);
      await row.getByPlaceholder('计量单位').fill(m.unit);
    }
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await saved(office, '草稿已保存');
    const officeDrawer = office.getByTestId('item-drawer');
    await shows(officeDrawer.getByTestId('item-title'), title);
    await officeDrawer.getByRole('button', { name: /交\s*办/ }).click();
    await shows(officeDrawer.getByTestId('item-facts'), '已交办');
    // Published: the office may change it, the unit is to sign for it.
    for (const action of ['change_deadline', 'reassign', 'suspend', 'cancel'])
      await officeDrawer.locator(`[data-action="${action}"]`).waitFor();
    await screenshot(office, 'drawer-actions-office');
    const id = (await (await ApiClient.login(stack.baseUrl, 'office')).get(`/api/items?q=${encodeURIComponent(title)}`))
      .body.items[0].id as string;

    // The handler comes to the to-do list (their home, on a phone) and acknowledges the item from it.
    const handler = await signIn(web, 'jfj-handler', DEMO_PASSWORD, PHONE);
    await shows(handler.getByTestId('todos'), title);
    await screenshot(handler, 'todos-phone');
    await openTodo(handler, title, 'acknowledge');
    await submitAction(handler, '已签收');
    const drawer = handler.getByTestId('item-drawer');
    await shows(drawer.getByTestId('item-facts'), '办理中');
    await shows(drawer.getByTestId('deadline'), /剩余 \d+ 个工作日/);

    // It reports 40 %, a milestone's value and a PDF of evidence (on the phone).
    await drawer.locator('[data-action="report_progress"]').click();
    const report = handler.locator('.ant-modal:visible');
    await report.getByLabel('进展情况').fill('已完成 5 宗用地报批，其余 7 宗正在组卷。');
    await report.getByLabel('完成进度（%）').fill('40');
    await report.getByLabel(milestones[0].title).fill('5');
    await report
      .locator('input[type="file"]')
      .setInputFiles({ name: EVIDENCE, mimeType: 'application/pdf', buffer: PDF });
    await report.locator('.ant-upload-list-item').filter({ hasText: EVIDENCE }).waitFor();
    await report.locator('.ant-upload-list-item-uploading').waitFor({ state: 'detached' });
    expect(await report.locator('.ant-upload-list-item-error').count()).toBe(0);
    await screenshot(handler, 'report-form-phone');
    await submitAction(handler, '进展已报送');
    await shows(drawer.getByTestId('progress'), '40%');
    await shows(drawer.getByTestId('progress-report'), '已完成 5 宗用地报批');
    await shows(drawer.getByTestId('progress-report'), EVIDENCE);
    await shows(drawer.getByTestId('milestones').getByRole('row').filter({ hasText: milestones[0].title }), '5 宗');
    await screenshot(handler, 'drawer-phone');

    // It requests completion; the head returns it with a reason.
    const requestCompletion = async (page: Page, summary: string) => {
      await page.getByTestId('item-drawer').locator('[data-action="request_completion"]').click();
      await page.locator('.ant-modal:visible').getByLabel('办结情况').fill(summary);
      await submitAction(page, '已申请办结，待单位负责人签发');
      await shows(page.getByTestId('item-drawer').getByTestId('item-facts'), '待签发');
    };
    await requestCompletion(handler, '12 宗用地全部完成报批。');

    const head = await signIn(web, 'jfj-head', DEMO_PASSWORD);
    await openTodo(head, title, 'sign_off');
    const signoff = head.locator('.ant-modal:visible');
    await signoff.getByLabel('退回').check();
    await signoff.getByRole('button', { name: /提\s*交/ }).click();
    // A return needs its reason: said before anything is sent.
    await signoff.getByText('退回时请填写理由').waitFor();
    await signoff.getByLabel('退回理由').fill('缺少土地供应的佐证材料，请补充后再报。');
    await signoff.getByText('退回时请填写理由').waitFor({ state: 'detached' });
    await screenshot(head, 'signoff-form');
    await submitAction(head, '已提交');
    const headDrawer = head.getByTestId('item-drawer');
    await shows(headDrawer.getByTestId('item-facts'), '办理中');
    await shows(headDrawer.getByTestId('timeline'), '单位负责人退回：缺少土地供应的佐证材料');

    // The handler sees it sent back on the to-do list, and requests again (the to-do opens its report
    // form: it turns to completion instead).
    await handler.reload();
    await shows(handler.locator('[data-testid="todo"]').filter({ hasText: title }), '已退回，请重新办理');
    await screenshot(handler, 'todos-returned-phone');
    await openTodo(handler, title, 'report_or_complete');
    await handler
      .locator('.ant-modal:visible')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await requestCompletion(handler, '12 宗用地全部完成报批，800 亩土地已供应。');

    // The head signs off.
    await head.reload();
    await openTodo(head, title, 'sign_off');
    await head.locator('.ant-modal:visible').getByLabel('同意签发').check();
    await submitAction(head, '已提交');
    await shows(headDrawer.getByTestId('item-facts'), '待审核');

    // A second office clerk opens the item from a message's link, ready to approve it.
    const stale = await signIn(web, 'office', DEMO_PASSWORD);
    await stale.goto(`${web.url}/?item=${id}`);
    await stale.getByTestId('item-drawer').locator('[data-action="review"]').waitFor();

    // The office returns it once.
    await office.reload();
    await office.getByTestId('todos-tab').click();
    await openTodo(office, title, 'review');
    const review = office.locator('.ant-modal:visible');
    await review.getByLabel('退回').check();
    await review.getByLabel('退回理由').fill('请补充供地合同编号。');
    await screenshot(office, 'review-form');
    await submitAction(office, '已提交');
    await shows(officeDrawer.getByTestId('item-facts'), '办理中');

    // The second clerk's approval comes too late: said by the action in Chinese, and the item reloads.
    const staleDrawer = stale.getByTestId('item-drawer');
    await staleDrawer.locator('[data-action="review"]').click();
    await stale.locator('.ant-modal:visible').getByLabel('审核通过，办结').check();
    await stale
      .locator('.ant-modal:visible')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    const refusal = staleDrawer.getByTestId('action-refusal');
    await shows(refusal, '「审核」未成功：事项状态已变化，此操作不再适用，请刷新后重试');
    await shows(refusal, '事项当前为「办理中」，此操作不再适用');
    expect(await refusal.textContent()).not.toMatch(/[a-z]{3,}/);
    await shows(staleDrawer.getByTestId('item-facts'), '办理中');
    expect(await staleDrawer.locator('[data-action="review"]').count()).toBe(0);
    await screenshot(stale, 'refused-action');

    // Again through the unit, and the office approves: closed at 100 %.
    await handler.reload();
    await openTodo(handler, title, 'report_or_complete');
    await handler
      .locator('.ant-modal:visible')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await requestCompletion(handler, '已补充供地合同编号：京开供〔2025〕12 号等。');
    await head.reload();
    await openTodo(head, title, 'sign_off');
    await head.locator('.ant-modal:visible').getByLabel('同意签发').check();
    await submitAction(head, '已提交');
    await office.reload();
    await office.getByTestId('todos-tab').click();
    await openTodo(office, title, 'review');
    await office.locator('.ant-modal:visible').getByLabel('审核通过，办结').check();
    await submitAction(office, '已提交');
    await shows(officeDrawer.getByTestId('item-facts'), '已办结');
    await shows(officeDrawer.getByTestId('progress'), '100%');
    await shows(officeDrawer.getByTestId('item-facts'), '办结时间');

    // The office rates it.
    await officeDrawer.locator('[data-action="rate"]').click();
    await office.locator('.ant-modal:visible').getByLabel('优秀').check();
    await submitAction(office, '已评价');
    await shows(officeDrawer.getByTestId('item-facts'), '优秀');
    expect(await officeDrawer.locator('[data-action]').count()).toBe(0);
    await screenshot(office, 'drawer-closed');
    await officeDrawer.getByTestId('timeline').scrollIntoViewIfNeeded();
    await screenshot(office, 'drawer-timeline');

    // The timeline says who did what in Chinese: every entry names its actor, and no raw kind shows.
    const entries = await officeDrawer.getByTestId('timeline-entry').allTextContents();
    const said = entries.join('\n');
    for (const actor of [OFFICE, HANDLER, HEAD]) expect(said).toContain(actor);
    for (const entry of entries) expect([OFFICE, HANDLER, HEAD, '督办系统'].some((a) => entry.includes(a))).toBe(true);
    expect(said).not.toMatch(/[a-z]+_[a-z]+/);
    for (const words of [
      '交办',
      '签收',
      '报送进展',
      '申请办结',
      '单位负责人签发',
      '督查室退回',
      '审核通过，办结',
      '成效评价',
    ])
      expect(said).toContain(words);
    expect(said).toContain(EVIDENCE);

    // A handler of another unit sees neither the item nor its evidence: not by the API, not on the page.
    const attachmentId = (await (await ApiClient.login(stack.baseUrl, 'office')).get(`/api/items/${id}/attachments`))
      .body[0].id as string;
    const other = await ApiClient.login(stack.baseUrl, 'yhj-handler');
    expect((await other.get(`/api/items/${id}`)).status).toBe(404);
    expect((await other.get(`/api/attachments/${attachmentId}`)).status).toBe(404);
    const otherPage = await signIn(web, 'yhj-handler', DEMO_PASSWORD);
    await otherPage.goto(`${web.url}/?item=${id}`);
    await shows(otherPage.getByTestId('item-drawer'), '未找到，或您无权查看');
    expect(await otherPage.getByText(title).count()).toBe(0);
    await otherPage.keyboard.press('Escape');
    await otherPage.getByRole('tab', { name: '督办看板' }).click();
    await otherPage.getByText(/共 \d+ 项/).waitFor();
    expect(await otherPage.getByText(title).count()).toBe(0);
  }, 900_000);

  it('lets the unit ask a cooperating unit to confirm and ask for more time on the business calendar, and the office decide it, suspend, resume and reassign the item', async () => {
    // Next year's National Day, as the packages or the office have it.
    const year = new Date().getFullYear() + 1;
    const admin = await ApiClient.login(stack.baseUrl, 'admin');
    if ((await admin.get(`/api/calendar/${year}`)).body.source === 'fallback') {
      const days = [1, 2, 3, 4, 5, 6, 7].map((d) => `${year}-10-0${d}`);
      expect((await admin.put(`/api/calendar/${year}`, { holidays: days, adjustedWorkdays: [] })).status).toBe(200);
    }
    // Set up through the API: published and acknowledged.
    const title = '企业上市培育（工作台测试）';
    const api = await ApiClient.login(stack.baseUrl, 'office');
    const created = await api.post('/api/items', anItemBody(stack.directory, { title }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await api.post(`/api/items/${id}/publish`)).status).toBe(200);
    expect(
      (await (await ApiClient.login(stack.baseUrl, 'jfj-handler')).post(`/api/items/${id}/acknowledge`)).status,
    ).toBe(200);

    // The handler asks the cooperating unit to confirm its part; that unit confirms from its to-dos.
    const handler = await signIn(web, 'jfj-handler', DEMO_PASSWORD);
    await handler.goto(`${web.url}/?item=${id}`);
    const drawer = handler.getByTestId('item-drawer');
    await drawer.locator('[data-action="request_confirmation"]').click();
    const ask = handler.locator('.ant-modal:visible');
    await choose(handler, ask.getByLabel('配合单位'), '投资促进局');
    await ask.getByLabel('请确认的事项').fill('请确认配套资金 2 亿元已落实。');
    await submitAction(handler, '已请配合单位确认');
    await shows(drawer.getByTestId('timeline'), '请配合单位确认：请确认配套资金 2 亿元已落实。');
    await shows(drawer.getByTestId('awaiting-confirmation'), '待配合单位确认：投资促进局');
    const cooperating = await signIn(web, 'tcj-handler', DEMO_PASSWORD, PHONE);
    await openTodo(cooperating, title, 'confirm');
    await cooperating.locator('.ant-modal:visible').getByLabel('意见').fill('已落实。');
    await submitAction(cooperating, '已确认');
    await shows(cooperating.getByTestId('item-drawer').getByTestId('timeline'), '配合单位已确认：已落实。');

    // The handler asks for more time: a holiday is warned about in the picker, a workday is sent.
    await handler.reload();
    await drawer.locator('[data-action="request_extension"]').click();
    const form = handler.locator('.ant-modal:visible');
    const date = form.getByLabel('申请延期至');
    await date.click();
    await date.fill(`${year}-10-01`);
    const holiday = handler.locator(`td[title="${year}-10-01"] [data-day-kind="holiday"]`);
    await holiday.waitFor();
    await holiday.click();
    await form.getByText('所选日期是法定节假日，非工作日').waitFor();
    await screenshot(handler, 'extension-form');
    const requested = weekday(year, 11, 17);
    await pickDate(handler, date, requested);
    await until(
      'the day-off warning to go once a workday is picked',
      async () => (await form.getByText('所选日期是法定节假日，非工作日').count()) === 0,
      10,
    );
    await form.getByLabel('理由').fill('上市辅导机构更换，需重新尽调。');
    await submitAction(handler, '延期申请已提交');
    await shows(drawer.getByTestId('extensions'), '待批');

    // The office decides it from its to-dos: the deadline moves.
    const office = await signIn(web, 'office', DEMO_PASSWORD);
    await office.getByTestId('todos-tab').click();
    await openTodo(office, title, 'decide_extension');
    const decide = office.locator('.ant-modal:visible');
    await decide.getByText(`申请将完成时限延至 ${requested}`).waitFor();
    await decide.getByLabel('批准延期').check();
    await submitAction(office, '已审批');
    const officeDrawer = office.getByTestId('item-drawer');
    await shows(officeDrawer.getByTestId('deadline'), requested);
    await shows(officeDrawer.getByTestId('extensions'), '已批准');

    // Suspended with a reason, resumed.
    await officeDrawer.locator('[data-action="suspend"]').click();
    await office
      .locator('.ant-modal:visible')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await office.locator('.ant-modal:visible').getByText('请填写理由').waitFor();
    await office.locator('.ant-modal:visible').getByLabel('理由').fill('等待上级政策调整。');
    await office.locator('.ant-modal:visible').getByText('请填写理由').waitFor({ state: 'detached' });
    await submitAction(office, '已暂缓');
    await shows(officeDrawer.getByTestId('item-facts'), '暂缓');
    await officeDrawer.locator('[data-action="resume"]').click();
    await submitAction(office, '已恢复办理');
    await shows(officeDrawer.getByTestId('item-facts'), '办理中');

    // Reassigned from the unit tree: the new lead unit is to sign for it afresh.
    await officeDrawer.locator('[data-action="reassign"]').click();
    const reassign = office.locator('.ant-modal:visible');
    await reassign.locator('.anticon-loading').waitFor({ state: 'detached' }); // the unit tree
    await choose(office, reassign.getByLabel('新的牵头单位'), '营商合作局');
    await reassign.getByLabel('理由').fill('职能调整，改由营商合作局牵头。');
    await screenshot(office, 'reassign-form');
    await submitAction(office, '已转办');
    await shows(officeDrawer.getByTestId('item-facts'), '已交办');
    await shows(officeDrawer.getByTestId('item-facts'), '营商合作局');
    // The timeline reloads after the command: each entry is waited for, not read once.
    for (const words of ['申请延期', '批准延期', '暂缓：等待上级政策调整。', '恢复办理', '转办：职能调整'])
      await shows(officeDrawer.getByTestId('timeline'), words);

    // The same item in English (the language a user chose is kept across visits).
    await office.evaluate("localStorage.setItem('duban.lang', 'en')");
    await office.goto(`${web.url}/?item=${id}`);
    await officeDrawer.getByRole('button', { name: 'Change the deadline' }).waitFor();
    await shows(officeDrawer.getByTestId('item-facts'), 'Assigned');
    await screenshot(office, 'drawer-en');
  }, 600_000);
});
