import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '@duban/api';
import { SHEET_NAMES } from '@duban/bulletins';
import { startConsole, type ConsoleInBrowser } from './console-browser';
import { startStack, type Stack } from './stack';

const artifacts = resolve(__dirname, '../../../.data/test-artifacts');
async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(400); // let drawers finish sliding in: a picture, not a check
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true });
}

// The office's week in a real browser: the board as its home, then a bulletin made, read and downloaded.
describe('the board and the bulletins in a real browser', () => {
  let stack: Stack;
  let web: ConsoleInBrowser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    stack = await startStack();
    expect(await seedDemo(stack.db, stack.baseUrl)).toEqual({ seeded: true });
    web = await startConsole(stack.baseUrl);
    page = await web.browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await page.goto(web.url);
    await page.getByLabel('用户名').fill('office');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
  });

  afterAll(async () => {
    await web?.stop();
    await stack?.stop();
  });

  it('opens on the board for the office, with the figures, the units and the charts', async () => {
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByRole('tab', { name: '综合看板', selected: true }).count()).toBe(1);
    const open = page.getByTestId('figure-open');
    await open.waitFor();
    expect(Number((await open.locator('.ant-statistic-content-value').textContent())?.trim())).toBeGreaterThan(0);
    await page.getByTestId('dashboard-units').getByText('经济发展局').first().waitFor();
    await page.locator('[data-testid="colour-chart"] svg').waitFor();
    await page.locator('[data-testid="overdue-chart"] svg').waitFor();
    await screenshot(page, 'dashboard');
    // The charts drew something: bars per unit, and the line of overdue items.
    expect(await page.locator('[data-testid="colour-chart"] svg path').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-testid="overdue-chart"] svg path').count()).toBeGreaterThan(1);

    // A filter goes into the address: a reload shows the same board.
    await page.getByTestId('dashboard-category').click();
    await page.getByTitle('重大项目').click();
    await page.waitForURL(/category=/);
    await page.reload();
    await page.getByTestId('dashboard-category').getByText('重大项目').waitFor();
  });

  it('makes a bulletin, previews and checks it, and downloads it as PDF and Excel', async () => {
    await page.getByRole('tab', { name: '督查通报' }).click();
    await page.getByTestId('make-bulletin').click();
    await page.getByTestId('make-bulletin-confirm').click();
    const preview = page.getByTestId('bulletin-preview');
    await preview.waitFor();
    await preview.getByText('一、总体情况').waitFor();
    await screenshot(page, 'bulletin-preview');

    await preview.getByTestId('check-bulletin').click();
    expect(await page.getByTestId('check-result').textContent()).toContain('核对一致');

    const [pdf] = await Promise.all([page.waitForEvent('download'), preview.getByTestId('download-pdf').click()]);
    const pdfPath = resolve(artifacts, `browser-${pdf.suggestedFilename()}`);
    await pdf.saveAs(pdfPath);
    expect(pdf.suggestedFilename()).toMatch(/^bulletin-\d{4}-\d{2}\.pdf$/);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), preview.getByTestId('download-xlsx').click()]);
    const xlsxPath = resolve(artifacts, `browser-${xlsx.suggestedFilename()}`);
    await xlsx.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(SHEET_NAMES));

    await page.locator('.ant-drawer-close').click();
    await preview.waitFor({ state: 'hidden' });
    await page.getByTestId('bulletin-list').getByText(/第1期/).waitFor();
    await screenshot(page, 'bulletins');
  });
});
