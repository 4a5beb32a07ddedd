import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '@duban/api';
import { screenshot, signIn, startConsole, type ConsoleInBrowser } from './console-browser';
import { startStack, type Stack } from './stack';

const SAMPLE = resolve(__dirname, '../../../libs/plan-import/test/fixtures/plan-2024.xlsx');
const YEAR = new Date().getFullYear() + 1;

/** Next year's plan as a clerk might first send it: an unreadable deadline and a unit nobody has. */
async function aBadPlan(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('分工方案');
  sheet.addRow([`${YEAR}年重点工作分工方案`]);
  sheet.addRow(['序号', '重点任务', '具体措施', '类别', '牵头单位', '配合单位', '责任领导', '完成时限', '报送频次']);
  sheet.addRow([
    1,
    '重点产业链招商',
    '链主企业带动',
    '重点工作',
    '投促局',
    '科技和产业促进局',
    '吴涛',
    '6月底前',
    '每月25日前',
  ]);
  sheet.addRow([
    2,
    '街道安全巡查',
    '逐楼排查隐患',
    '安全隐患整改',
    '应急管理局',
    '各街道、环保局',
    '孙丽',
    '三季度中',
    '每周五',
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

// The office in a real browser: the sample plan imported, a bad plan fixed from its marked-up sheet,
// imported and published, and the items on the board.
describe('the plan import page in a real browser', () => {
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

  it('imports the sample, fixes a bad plan from its marked-up sheet, imports and publishes it, and shows the items on the board', async () => {
    const page = await signIn(web, 'office', DEMO_PASSWORD);
    await page.getByRole('tab', { name: '分工方案导入' }).click();

    // The sample: the preview names the units and the deadline moved off a Sunday, with the phrase.
    await page.getByLabel('计划年度').fill('2024');
    await page.getByTestId('plan-upload').setInputFiles(SAMPLE);
    const preview = page.getByTestId('plan-preview');
    await preview.getByText('plan-2024.xlsx：可导入 6 项督办事项（预览，尚未建立）').waitFor();
    const first = preview.getByRole('row').filter({ hasText: '一季度固定资产投资实现“开门红”' });
    expect(await first.textContent()).toContain('经济发展局');
    expect(await first.textContent()).toContain('投资促进局、财政国资局');
    expect(await first.textContent()).toContain('分管副主任 李强');
    expect(await first.getByTestId('plan-deadline').textContent()).toBe('2024-03-29原文: 2024-03-31由 2024-03-31 提前');
    const warnings = first.getByTestId('plan-warning');
    expect(await warnings.filter({ hasText: '已按督办规则提前到前一个工作日' }).count()).toBe(1);
    // The sample's 2024 deadlines have passed: said before anything is imported.
    expect(await warnings.filter({ hasText: '完成时限 2024年3月29日 已过' }).count()).toBe(1);
    await screenshot(page, 'plan-import-preview');
    await page.getByTestId('plan-import-button').click();
    await page.getByText('已导入 6 项草稿').waitFor();
    expect(Number((await stack.db.query(`SELECT count(*) AS n FROM items WHERE status = 'draft'`))[0].n)).toBe(6);
    await page.getByRole('button', { name: '导入另一份方案' }).click();

    // A bad plan: every problem by row and column, nothing created, the sheet marked up.
    await page.getByLabel('计划年度').fill('');
    await page
      .getByTestId('plan-upload')
      .setInputFiles({ name: `plan-${YEAR}.xlsx`, mimeType: 'application/octet-stream', buffer: await aBadPlan() });
    const problems = page.getByTestId('plan-problems');
    await problems.getByText('方案中有 2 处错误，未导入任何事项。请按下列位置修改后重新上传。').waitFor();
    const listed = await problems.getByTestId('plan-problem').allTextContents();
    expect(listed).toEqual([
      '第 4 行「配合单位」：单位目录中没有“环保局”，请写单位全称，或请管理员为该单位添加别名',
      expect.stringContaining('第 4 行「完成时限」：无法识别“三季度中”'),
    ]);
    await screenshot(page, 'plan-import-problems');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-download-marked-up').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`plan-${YEAR}-问题标注.xlsx`);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = marked.worksheets[0];
    expect(String(sheet.getCell('F4').note)).toContain('单位目录中没有“环保局”');
    expect(String(sheet.getCell('H4').note)).toContain('无法识别“三季度中”');
    expect(Number((await stack.db.query(`SELECT count(*) AS n FROM items`))[0].n)).toBe(6);

    // Fixed in the marked-up sheet itself, as a clerk would in Excel, and uploaded again.
    sheet.getCell('F4').value = '各街道';
    sheet.getCell('H4').value = `${YEAR}年9月30日`;
    const fixed = Buffer.from(await marked.xlsx.writeBuffer());
    await page
      .getByTestId('plan-upload')
      .setInputFiles({ name: `plan-${YEAR}-fixed.xlsx`, mimeType: 'application/octet-stream', buffer: fixed });
    await preview.getByText(`plan-${YEAR}-fixed.xlsx：可导入 2 项督办事项（预览，尚未建立）`).waitFor();
    const streets = preview.getByRole('row').filter({ hasText: '街道安全巡查' });
    expect(await streets.textContent()).toContain('博兴街道、荣华街道');
    expect(await streets.textContent()).toContain('原文: 各街道');
    await page.getByTestId('plan-import-button').click();
    await page.getByText('已导入 2 项草稿').waitFor();

    await page.getByTestId('plan-publish-all').click();
    // The confirmation pops up with an animation: wait until it is there and its button takes the click.
    const confirm = page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ });
    await confirm.waitFor();
    await confirm.click();
    // Each publish starts a workflow on the real Temporal server: a busy machine takes its time.
    const results = page.getByTestId('publish-results');
    await results.waitFor({ timeout: 90_000 });
    await page.getByText('已交办 2 / 2 项').waitFor({ timeout: 60_000 });
    expect(await results.getByText('已交办', { exact: true }).count()).toBe(2);
    await screenshot(page, 'plan-import-published');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await results.waitFor({ state: 'hidden' });

    // The board as the office opens it next: the published items, assigned to their units.
    await page.reload();
    await page.getByRole('tab', { name: '督办看板' }).click();
    await page.getByRole('tab', { name: '督办看板', selected: true }).waitFor();
    const investment = page.getByRole('row').filter({ hasText: '重点产业链招商' });
    await investment.waitFor();
    expect(await investment.textContent()).toContain('投资促进局');
    expect(await investment.textContent()).toContain('已交办');
    // 6月底前: June 30th, or the workday before when it falls on a day off.
    const [{ deadline }] = await stack.db.query(`SELECT deadline::text FROM items WHERE title = '重点产业链招商'`);
    expect(deadline).toMatch(new RegExp(`^${YEAR}-06-(2[6-9]|30)$`));
    expect(await investment.textContent()).toContain(deadline);
    const patrol = page.getByRole('row').filter({ hasText: '街道安全巡查' });
    expect(await patrol.textContent()).toContain('应急管理局');
    expect(await patrol.textContent()).toContain('已交办');
    const statuses = await stack.db.query(
      `SELECT title, status FROM items WHERE title IN ('重点产业链招商', '街道安全巡查') ORDER BY title`,
    );
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(['assigned', 'assigned']);
    await screenshot(page, 'plan-import-board');
  });
});
