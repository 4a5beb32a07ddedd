import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@duban/api';
import { choose, pickDate, saved, screenshot, signIn, startConsole, type ConsoleInBrowser } from './console-browser';
import { anItemBody, ApiClient, startStack, until, type Stack } from './stack';

const DELEGATE = '经发局 赵磊';
const HEAD = '经发局局长 钱进';

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

/** A time as the pickers take it: on Shanghai's clocks, whatever the browser's zone. */
const pickerTime = (date: Date) => date.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);

async function openDelegations(page: Page) {
  await page.getByRole('tab', { name: '离岗委托' }).click();
  await page.getByText('本单位离岗委托（代签）').waitFor();
}

// Out-of-office delegation in the console, on a fresh stack: the head names a colleague, the
// colleague sees it and signs off an item from its drawer, and the timeline says on whose behalf.
describe('out-of-office delegation in a real browser', () => {
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

  it('lets the head delegate to a colleague, who then signs off in the head’s name', async () => {
    // An item of 经济发展局 waiting for its head's sign-off (made through the API: not what is tested here).
    const [office, handlerApi] = await Promise.all(
      ['office', 'jfj-handler'].map((u) => ApiClient.login(stack.baseUrl, u)),
    );
    const title = '重点项目手续办理（委托测试）';
    const { id } = (await office.post('/api/items', anItemBody(stack.directory, { title }))).body;
    expect((await office.post(`/api/items/${id}/publish`)).status).toBe(200);
    expect((await handlerApi.post(`/api/items/${id}/acknowledge`)).status).toBe(200);
    const completion = await handlerApi.post(`/api/items/${id}/completion`, { summary: '已完成', evidence: ['附件1'] });
    expect(completion.body.status).toBe('awaiting_signoff');
    const offered = async () =>
      (await handlerApi.get(`/api/items/${id}`)).body.actions.map((a: { type: string }) => a.type) as string[];
    expect(await offered()).not.toContain('signoff');

    // The head delegates to a colleague for the next two hours.
    const head = await signIn(web, 'jfj-head', DEMO_PASSWORD);
    await openDelegations(head);
    await head.getByTestId('new-delegation').click();
    const dialog = head.locator('.ant-modal:visible');
    // A click while the dialog still slides in can miss: press 保存 until the form says what it lacks.
    await until(
      'the dialog to say a delegate is required',
      async () => {
        await dialog.getByRole('button', { name: /保\s*存/ }).click();
        return (await dialog.getByText('请选择受托人').count()) > 0;
      },
      30,
    );
    await choose(head, dialog.getByLabel('受托人'), DELEGATE);
    await pickDate(head, dialog.getByLabel('结束时间'), pickerTime(new Date(Date.now() + 2 * 3600_000)));
    await dialog.getByLabel('事由').fill('赴省里开会');
    await screenshot(head, 'delegation-form');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await saved(head, '委托已生效');
    const row = head.getByTestId('delegation-row').filter({ hasText: DELEGATE });
    await shows(row, '生效中');
    expect(await row.getAttribute('data-phase')).toBe('active');
    await screenshot(head, 'delegations-head');
    expect(await offered()).toContain('signoff');

    // The colleague sees it, read-only.
    const delegate = await signIn(web, 'jfj-handler', DEMO_PASSWORD);
    await openDelegations(delegate);
    const mine = delegate.getByTestId('delegation-row').filter({ hasText: `${DELEGATE}（我）` });
    await shows(mine, '生效中');
    expect(await mine.textContent()).toContain(HEAD);
    expect(await delegate.getByTestId('new-delegation').count()).toBe(0);
    expect(await delegate.getByTestId('revoke-delegation').count()).toBe(0);
    await screenshot(delegate, 'delegations-delegate');
    // In English too.
    await delegate.getByText('EN', { exact: true }).click();
    await shows(delegate.getByTestId('delegation-row').filter({ hasText: `${DELEGATE} (me)` }), 'Active');
    await delegate.getByText('Only the unit head (or an administrator) can set up or revoke a delegation.').waitFor();
    await screenshot(delegate, 'delegations-delegate-en');
    await delegate.getByText('中文', { exact: true }).click();
    await delegate.getByRole('tab', { name: '离岗委托' }).waitFor();

    // ... and signs off the item from its drawer, offered by the API for the running delegation.
    await delegate.goto(`${web.url}/?item=${id}`);
    const drawer = delegate.getByTestId('item-drawer');
    await drawer.getByTestId('item-title').filter({ hasText: title }).waitFor();
    await drawer.locator('[data-testid="item-actions"] [data-action="signoff"]').click();
    const signoff = delegate.locator('.ant-modal:visible');
    await signoff.getByLabel('同意签发').check();
    await signoff.getByRole('button', { name: /提\s*交/ }).click();
    await saved(delegate, '已提交');
    await signoff.waitFor({ state: 'hidden' });
    const timeline = drawer.getByTestId('timeline');
    await shows(timeline, `${DELEGATE}（代 ${HEAD}）`);
    await timeline.getByText(`${DELEGATE}（代 ${HEAD}）`).scrollIntoViewIfNeeded();
    await screenshot(delegate, 'delegation-signed-off');
    const item = (await office.get(`/api/items/${id}`)).body;
    expect(item.status).not.toBe('awaiting_signoff');

    // Revoked, the delegation ends at once: the head's list says so, and the API no longer offers sign-off.
    await head.reload();
    await openDelegations(head);
    await head.getByTestId('delegation-row').filter({ hasText: DELEGATE }).getByTestId('revoke-delegation').click();
    await head
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /撤\s*销/ })
      .click();
    await saved(head, '委托已撤销');
    await shows(head.getByTestId('delegation-row').filter({ hasText: DELEGATE }), '已撤销');
    const listed = (await handlerApi.get('/api/delegations')).body;
    expect(listed).toEqual([expect.objectContaining({ active: false, revokedAt: expect.any(String) })]);
  }, 300_000);
});
