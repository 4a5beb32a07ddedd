import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bulletinInput, seededRecord } from './bulletin-factory';
import { DEFAULT_PDF_FONTS, renderBulletinPdf } from './bulletin-pdf';
import type { BulletinSnapshot } from './bulletin-snapshot';
import { computeBulletin } from './compute-bulletin';

// The PDF is read back with poppler (pdftotext, pdffonts, pdftoppm), which scripts/ensure-fonts.sh
// installs together with the Noto CJK fonts the document embeds.
const ARTIFACTS = resolve(__dirname, '../../../.data/test-artifacts');
const work = mkdtempSync(join(tmpdir(), 'bulletin-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${tool} failed (is poppler-utils installed? run scripts/ensure-fonts.sh): ${String(error)}`);
  }
}

/** The text of each page, as pdftotext lays it out. */
function pagesOf(pdf: Buffer, name: string): string[] {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return poppler('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
}

/** A page as a raw RGB image (PPM, P6) from pdftoppm: width, height and pixels. */
function pageImage(file: string, page: number, dpi: number): { width: number; height: number; rgb: Buffer } {
  const prefix = join(work, `page-${page}`);
  poppler('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  // The header, P6 <width> <height> <maxval> and one whitespace byte, then the RGB pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm wrote no PPM image for page ${page}`);
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

const snapshot = computeBulletin(bulletinInput(seededRecord().map((r) => r.item)));
let pdf: Buffer;
let pages: string[];
let text: string;

beforeAll(async () => {
  pdf = await renderBulletinPdf(snapshot);
  pages = pagesOf(pdf, 'bulletin');
  text = pages.join('\n');
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'bulletin-2024-12.pdf'), pdf);
});

describe('renderBulletinPdf: the printable 督查通报', () => {
  it('has the masthead of an official bulletin: title, number, office and date', () => {
    expect(pages[0]).toMatch(/督\s*查\s*通\s*报/);
    expect(pages[0]).toContain('第12期');
    expect(pages[0]).toMatch(/工委管委会督查室\s+2024年4月8日/);
    expect(pages[0]).toContain('关于重点督办事项办理情况的通报');
    expect(pages[0]).toContain('（截至2024年4月8日9时）');
  });

  it('has the five numbered sections in order', () => {
    const sections = [
      '一、总体情况',
      '二、逾期事项',
      '三、逾期风险事项',
      '四、近期办结事项',
      '五、提请领导关注的三级升级事项',
    ];
    const positions = sections.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the overall figures, the unit table in rank order and the items in Chinese', () => {
    expect(text).toContain('纳入督办的在办事项共10项');
    expect(text).toContain('已逾期3项');
    const rankRows = ['1 +经济发展局', '2 +应急管理局', '3 +社会事业局', '4 +投资促进局'].map((r) =>
      text.search(new RegExp(r)),
    );
    expect(rankRows.every((p) => p >= 0)).toBe(true);
    expect([...rankRows].sort((a, b) => a - b)).toEqual(rankRows);
    for (const title of [
      '重点项目征地拆迁攻坚',
      '园区数字化管理平台上线',
      '老旧小区改造年度任务',
      '河道综合治理',
      '安全生产隐患排查整治',
      '招商引资签约项目落地',
      '企业服务专员制度落地',
    ])
      expect(text).toContain(title);
    // Cancelled, draft and later items are not in this bulletin.
    for (const title of ['旧工业区改造前期研究', '草拟中的事项', '截止日后交办的事项'])
      expect(text).not.toContain(title);
    expect(text).toContain('（一）投资促进局（2项）');
    expect(text).toContain('逾期6个工作日');
    expect(text).toContain('三级／逾期');
  });

  it('draws the colour chart with its Chinese labels in the embedded CJK font', () => {
    for (const label of ['正常推进', '临近时限', '逾期风险', '已逾期', '暂缓', '图1']) expect(text).toContain(label);
    const file = join(work, 'bulletin.pdf');
    const fonts = poppler('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim());
    // Every font is an embedded CJK face: no chart text fell back to a standard font without Chinese.
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/Noto(Serif|Sans)CJKsc-\w+ +CID Type 0C +Identity-H +yes yes yes/);
  });

  it('numbers the pages and ends with the distribution note', () => {
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`— ?${i + 1} ?—`)));
    const last = pages.at(-1)!;
    expect(last).toContain('报：工委、管委会领导。');
    expect(last).toContain('2024年4月8日印发');
  });

  it('renders the first page as a printed page: A4, not blank, with the red masthead', () => {
    const file = join(work, 'bulletin.pdf');
    const { width, height, rgb } = pageImage(file, 1, 60);
    expect(Math.abs(width - 496)).toBeLessThanOrEqual(1); // A4 at 60 dpi
    expect(Math.abs(height - 702)).toBeLessThanOrEqual(1);
    let ink = 0;
    let redTop = 0;
    for (let p = 0; p < width * height; p++) {
      const [r, g, b] = [rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]];
      if (r + g + b < 600) ink++;
      if (p < (width * height) / 4 && r > 150 && g < 80 && b < 80) redTop++;
    }
    expect(ink / (width * height)).toBeGreaterThan(0.02);
    expect(redTop).toBeGreaterThan(500); // the red title and rule in the top quarter
    // Kept for a person to look at: the PNG of page 1.
    poppler('pdftoppm', [
      '-r',
      '110',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      '-png',
      file,
      join(ARTIFACTS, 'bulletin-2024-12-page-1'),
    ]);
    const png = readFileSync(join(ARTIFACTS, 'bulletin-2024-12-page-1.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [pngWidth, pngHeight] = [png.readUInt32BE(16), png.readUInt32BE(20)]; // A4 at 110 dpi
    expect(Math.abs(pngWidth - 909)).toBeLessThanOrEqual(1);
    expect(Math.abs(pngHeight - 1286)).toBeLessThanOrEqual(1);
  });

  it('breaks a long table across pages and repeats its header on each', async () => {
    const [group] = snapshot.overdue;
    const many = Array.from({ length: 70 }, (_, i) => ({
      ...group.items[0],
      itemId: `x${i}`,
      title: `批量逾期事项第${i + 1}号`,
    }));
    const long: BulletinSnapshot = { ...snapshot, overdue: [{ ...group, items: many }] };
    // One font for everything (the option an office with its own font uses), which also renders faster.
    const longPages = pagesOf(await renderBulletinPdf(long, { fonts: { body: DEFAULT_PDF_FONTS.body } }), 'long');
    const withRows = longPages.filter((page) => page.includes('批量逾期事项'));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toMatch(/序号\s+事项名称\s+类别\s+完成时限/);
    expect(longPages.join('\n')).toContain('批量逾期事项第70号');
  });

  it('names the missing font instead of failing obscurely', async () => {
    await expect(renderBulletinPdf(snapshot, { fontPath: '/nonexistent/font.ttf' })).rejects.toThrow(
      /\/nonexistent\/font\.ttf is missing/,
    );
  });
});
