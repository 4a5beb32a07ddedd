import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PLAN_HEADER } from '../test/plan-cases';
import { decodeCsv, readPlanSheet } from './plan-sheet';

const fixture = (name: string) => readFileSync(join(__dirname, '../test/fixtures', name));
const texts = (cells: ({ text: string } | null)[][]) => cells.map((row) => row.map((cell) => cell?.text ?? ''));

async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('decodeCsv', () => {
  const text = '序号,重点任务\n1,春节前安全生产隐患排查整治';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsv(Buffer.from(text))).toBe(text);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it('reads GBK, which is not valid UTF-8', () => {
    const gbk = fixture('plan-gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeCsv(gbk)).toContain('春节前安全生产隐患排查整治');
  });

  it('reads UTF-16 with a BOM (Excel’s “Unicode text”)', () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
  });
});

describe('readPlanSheet', () => {
  it('reads the sample csv as rows of text, record by record', async () => {
    const sheet = await readPlanSheet(fixture('plan-2024.csv'), 'plan-2024.csv');
    expect(sheet.format).toBe('csv');
    expect(sheet.cells).toHaveLength(7);
    expect(texts(sheet.cells)[0]).toEqual(PLAN_HEADER);
  });

  it('reads a tab-separated file', async () => {
    const sheet = await readPlanSheet(Buffer.from('序号\t重点任务\t牵头单位\n1\t任务，含逗号\t经济发展局'), 'plan.txt');
    expect(texts(sheet.cells)).toEqual([
      ['序号', '重点任务', '牵头单位'],
      ['1', '任务，含逗号', '经济发展局'],
    ]);
  });

  it('puts a merge’s value in every cell it covers, across and down', async () => {
    const buffer = await xlsx((book) => {
      const sheet = book.addWorksheet('s');
      sheet.getCell('A1').value = '标题';
      sheet.mergeCells('A1:C1');
      sheet.getCell('B2').value = '经济发展局';
      sheet.mergeCells('B2:B4');
    });
    expect(texts((await readPlanSheet(buffer, 'p.xlsx')).cells)).toEqual([
      ['标题', '标题', '标题'],
      ['', '经济发展局', ''],
      ['', '经济发展局', ''],
      ['', '经济发展局', ''],
    ]);
  });

  it('reads date cells, formula results, rich text, hyperlinks and numbers', async () => {
    const buffer = await xlsx((book) => {
      const sheet = book.addWorksheet('s');
      sheet.getCell('A1').value = new Date(Date.UTC(2024, 2, 31));
      sheet.getCell('A1').numFmt = 'yyyy/m/d';
      sheet.getCell('B1').value = { formula: 'DATE(2024,6,28)', result: new Date(Date.UTC(2024, 5, 28)) };
      sheet.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getCell('C1').value = { formula: '"经济"&"发展局"', result: '经济发展局' };
      sheet.getCell('D1').value = { richText: [{ text: '一季度', font: { bold: true } }, { text: '开门红' }] };
      sheet.getCell('E1').value = { text: '政策文件', hyperlink: 'https://example.org' };
      sheet.getCell('F1').value = 12;
    });
    const [row] = (await readPlanSheet(buffer, 'p.xlsx')).cells;
    expect(row).toEqual([
      { text: '2024-03-31', date: '2024-03-31' },
      { text: '2024-06-28', date: '2024-06-28' },
      { text: '经济发展局' },
      { text: '一季度开门红' },
      { text: '政策文件' },
      { text: '12' },
    ]);
  });

  it('reads the first sheet that has values', async () => {
    const buffer = await xlsx((book) => {
      book.addWorksheet('空白');
      book.addWorksheet('分工方案').getCell('A1').value = '序号';
    });
    expect(await readPlanSheet(buffer, 'p.xlsx')).toMatchObject({ sheetName: '分工方案', cells: [[{ text: '序号' }]] });
  });

  it('reads up to the last row and column with a value, however far the formatting goes', async () => {
    const buffer = await xlsx((book) => {
      const sheet = book.addWorksheet('s');
      sheet.getCell('B2').value = '重点任务';
      sheet.getCell('XFD1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      sheet.getCell('A5000').border = { top: { style: 'thin' } };
    });
    expect(texts((await readPlanSheet(buffer, 'p.xlsx')).cells)).toEqual([
      ['', ''],
      ['', '重点任务'],
    ]);
  });
});
