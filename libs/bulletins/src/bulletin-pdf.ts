import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { unitColourChartSvg } from './bulletin-chart';
import {
  chineseNumeral,
  COLOUR_LABELS,
  dateLabel,
  deadlineLabel,
  instantLabel,
  levelLabel,
  numberLabel,
  percentLabel,
  shortInstantLabel,
  STATUS_LABELS,
} from './bulletin-labels';
import type { BulletinItemLine, BulletinSnapshot, UnitItems } from './bulletin-snapshot';
import { drawTable, type PdfColumn, type PdfTableStyle } from './pdf-table';

type Doc = InstanceType<typeof PDFDocument>;

/** A font file: a TTF/OTF, or a TrueType/OpenType collection (.ttc) with the face to use. */
export interface PdfFont {
  path: string;
  face?: string;
}

export interface BulletinPdfOptions {
  /** The body font; when given alone, it serves the titles and headings too. */
  fontPath?: string;
  /** Each font on its own: the body (宋体/仿宋 style), bold titles (小标宋 style) and headings (黑体 style). */
  fonts?: { body?: PdfFont; bold?: PdfFont; heading?: PdfFont };
}

const NOTO = '/usr/share/fonts/opentype/noto';
/** Debian's fonts-noto-cjk (scripts/ensure-fonts.sh installs it): serif for the text, sans for headings. */
export const DEFAULT_PDF_FONTS: Required<NonNullable<BulletinPdfOptions['fonts']>> = {
  body: { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
  bold: { path: `${NOTO}/NotoSerifCJK-Bold.ttc`, face: 'NotoSerifCJKsc-Bold' },
  heading: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, face: 'NotoSansCJKsc-Bold' },
};

// A4 with the margins of the national standard for official documents (GB/T 9704): 37 mm top,
// 35 mm bottom, 28 mm left, 26 mm right.
const MM = 72 / 25.4;
const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const RED = '#d40000';
const BODY_SIZE = 14;
const TABLE_SIZE = 9;

type FontRole = 'body' | 'bold' | 'heading';
const FONT_ROLES: readonly FontRole[] = ['body', 'bold', 'heading'];

function resolveFonts(options: BulletinPdfOptions): Record<FontRole, PdfFont> {
  const body = options.fonts?.body ?? (options.fontPath ? { path: options.fontPath } : DEFAULT_PDF_FONTS.body);
  const custom = options.fontPath !== undefined || options.fonts?.body !== undefined;
  const fonts = {
    body,
    bold: options.fonts?.bold ?? (custom ? body : DEFAULT_PDF_FONTS.bold),
    heading: options.fonts?.heading ?? (custom ? body : DEFAULT_PDF_FONTS.heading),
  };
  for (const font of Object.values(fonts)) {
    if (!existsSync(font.path))
      throw new Error(
        `the bulletin's font ${font.path} is missing: install Debian's fonts-noto-cjk (scripts/ensure-fonts.sh) or pass fontPath`,
      );
    if (font.path.toLowerCase().endsWith('.ttc') && !font.face)
      throw new Error(`${font.path} is a font collection: name the face to use (e.g. NotoSerifCJKsc-Regular)`);
  }
  return fonts;
}

/**
 * The bulletin as a printable PDF in the layout of an official 通报: the red title, the issue
 * number, the issuing office and date over a red rule, numbered sections with tables that break
 * across pages and repeat their header, a chart, the distribution note and page numbers.
 */
export async function renderBulletinPdf(snapshot: BulletinSnapshot, options: BulletinPdfOptions = {}): Promise<Buffer> {
  const fonts = resolveFonts(options);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true, // page numbers are written once the page count is known
    info: {
      Title: `${snapshot.title} ${snapshot.numberLabel}`,
      Author: snapshot.issuer,
      Subject: `截至${instantLabel(snapshot.cutoff)}督办事项情况`,
      CreationDate: new Date(snapshot.cutoff), // the same bulletin gives the same document
    },
  });
  const w = new BulletinPdfWriter(doc, registerFonts(doc, fonts));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  w.masthead(snapshot);
  w.body(snapshot);
  w.distribution(snapshot);
  w.pageNumbers();
  doc.end();
  return finished;
}

/**
 * Registers each distinct font once and names the roles after it: pdfkit re-reads a font file on
 * every switch to a second name for a face it already holds (seconds per table).
 */
function registerFonts(doc: Doc, fonts: Record<FontRole, PdfFont>): Record<FontRole, string> {
  const names = {} as Record<FontRole, string>;
  for (const role of FONT_ROLES) {
    const { path, face } = fonts[role];
    const same = FONT_ROLES.find((r) => names[r] && fonts[r].path === path && fonts[r].face === face);
    if (same) names[role] = names[same];
    else {
      doc.registerFont(role, path, face);
      names[role] = role;
    }
  }
  return names;
}

const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const left = (doc: Doc) => doc.page.margins.left;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Writes the parts of the document, in the fonts registered for it. */
class BulletinPdfWriter {
  private readonly tableStyle: PdfTableStyle;

  constructor(
    private readonly doc: Doc,
    private readonly font: Record<FontRole, string>,
  ) {
    this.tableStyle = {
      font: font.body,
      headerFont: font.heading,
      fontSize: TABLE_SIZE,
      padding: 3,
      headerFill: '#eeeeee',
    };
  }

  /** 版头: the red title, the issue number, the office and the date, and the red rule. */
  masthead(s: BulletinSnapshot): void {
    const { doc } = this;
    const width = textWidth(doc);
    doc.font(this.font.bold).fontSize(44).fillColor(RED);
    doc.text(s.title.split('').join(' '), left(doc), doc.page.margins.top - 8 * MM, { width, align: 'center' });
    doc.moveDown(0.2);
    doc.font(this.font.body).fontSize(16).fillColor('#000').text(`第${s.number.issue}期`, { width, align: 'center' });
    doc.moveDown(0.6);
    const y = doc.y;
    doc.text(s.issuer, left(doc), y, { width, align: 'left' });
    doc.text(dateLabel(s.cutoffDate), left(doc), y, { width, align: 'right' });
    const ruleY = doc.y + 6;
    doc
      .moveTo(left(doc), ruleY)
      .lineTo(left(doc) + width, ruleY)
      .lineWidth(2.2)
      .strokeColor(RED)
      .stroke();
    doc.x = left(doc);
    doc.y = ruleY + 24;
  }

  body(s: BulletinSnapshot): void {
    const { doc } = this;
    const width = textWidth(doc);
    const asOf = instantLabel(s.cutoff);
    doc.font(this.font.bold).fontSize(20).fillColor('#000');
    doc.text('关于重点督办事项办理情况的通报', { width, align: 'center' });
    doc.font(this.font.body).fontSize(BODY_SIZE).text(`（截至${asOf}）`, { width, align: 'center' });
    doc.moveDown(0.8);
    doc.text('各有关单位：', { width });
    this.paragraph(`现将截至${asOf}重点督办事项办理情况通报如下。`);

    let n = 0;
    const section = (title: string) => this.heading(`${chineseNumeral(++n)}、${title}`);

    section('总体情况');
    this.paragraph(overviewText(s));
    drawTable(doc, UNIT_COLUMNS, unitRows(s), { ...this.tableStyle, boldRows: [s.units.length] });
    this.ensureSpace(3 * TABLE_SIZE * 1.5);
    doc.font(this.font.body).fontSize(TABLE_SIZE).fillColor('#333');
    doc.text(
      `注：${s.rankingRule}按期率＝（按期推进＋逾期风险＋按时办结）÷（在办－暂缓＋已办结）；逾期天数按工作日计。`,
      left(doc),
      doc.y + 4,
      {
        width,
      },
    );
    doc.fillColor('#000');
    this.chart(s);

    section('逾期事项');
    this.groups(s.overdue, '已逾期', OVERDUE_COLUMNS, (line, i) => [
      String(i + 1),
      line.title,
      line.category,
      deadlineLabel(line),
      String(line.workdaysLate),
      levelLabel(line.escalationLevel),
      `${line.progressPercent}%`,
      line.supervisingLeader ?? '',
    ]);

    section('逾期风险事项');
    this.groups(s.atRisk, '存在逾期风险', RISK_COLUMNS, (line, i) => [
      String(i + 1),
      line.title,
      line.category,
      deadlineLabel(line),
      STATUS_LABELS[line.status],
      `${line.progressPercent}%`,
      line.supervisingLeader ?? '',
    ]);

    section('近期办结事项');
    if (s.closed.length === 0) this.paragraph('上期通报以来，无办结事项。');
    else {
      const late = s.closed.filter((c) => !c.onTime).length;
      this.paragraph(
        `上期通报以来，共办结事项${s.closed.length}项，其中按时办结${s.closed.length - late}项、逾期办结${late}项。`,
      );
      drawTable(
        doc,
        CLOSED_COLUMNS,
        s.closed.map((c, i) => [
          String(i + 1),
          c.leadUnitName,
          c.title,
          deadlineLabel(c),
          shortInstantLabel(c.closedAt),
          c.onTime ? '按时办结' : `逾期${c.workdaysLate}个工作日`,
        ]),
        this.tableStyle,
      );
    }

    section('提请领导关注的三级升级事项');
    if (s.escalations.length === 0) this.paragraph('上期通报以来，无提请领导关注的升级事项。');
    else {
      this.paragraph(
        `上期通报以来，以下${s.escalations.length}项事项逾期时间较长，已按督办规则升级至三级，提请领导关注并督促相关单位加快办理。`,
      );
      drawTable(
        doc,
        ESCALATION_COLUMNS,
        s.escalations.map((e, i) => [
          String(i + 1),
          e.unitName,
          e.item.title,
          deadlineLabel(e.item),
          shortInstantLabel(e.at),
          `${levelLabel(e.level)}／逾期${e.item.workdaysLate}个工作日`,
          e.item.supervisingLeader ?? '',
          e.item.status === 'closed' ? STATUS_LABELS.closed : COLOUR_LABELS[e.item.colour],
        ]),
        this.tableStyle,
      );
    }

    this.paragraph(
      '请各牵头单位对照本通报，抓紧推进逾期及存在逾期风险的事项，按要求报送办理进展；配合单位要主动对接、形成合力。',
    );
    // 落款: the issuing office and the date, on the right.
    this.ensureSpace(80);
    doc.moveDown(1);
    doc.font(this.font.body).fontSize(BODY_SIZE);
    const signWidth = 12 * BODY_SIZE;
    const signX = left(doc) + width - signWidth - 2 * BODY_SIZE;
    doc.text(s.issuer, signX, doc.y, { width: signWidth, align: 'center' });
    doc.text(dateLabel(s.cutoffDate), signX, doc.y, { width: signWidth, align: 'center' });
    doc.x = left(doc);
  }

  /** A section's items by unit: （一）投资促进局（2项） and its table. */
  groups(
    groups: UnitItems[],
    what: string,
    columns: PdfColumn[],
    cells: (line: BulletinItemLine, index: number) => string[],
  ): void {
    const { doc } = this;
    const count = groups.reduce((sum, g) => sum + g.items.length, 0);
    if (count === 0) return this.paragraph(`截至本期，无${what}事项。`);
    this.paragraph(`截至本期，${what}事项共${count}项，涉及${groups.length}个单位。`);
    groups.forEach((group, i) => {
      this.ensureSpace(70); // the unit's name, the table's header and a row
      doc
        .font(this.font.heading)
        .fontSize(BODY_SIZE - 1)
        .fillColor('#000');
      doc.text(`（${chineseNumeral(i + 1)}）${group.unitName}（${group.items.length}项）`, left(doc), doc.y + 4, {
        width: textWidth(doc),
      });
      doc.moveDown(0.3);
      drawTable(doc, columns, group.items.map(cells), this.tableStyle);
    });
  }

  chart(s: BulletinSnapshot): void {
    const { doc } = this;
    if (s.units.length === 0) return;
    const width = textWidth(doc);
    const height = 50 + 30 * s.units.length;
    this.ensureSpace(height + 40);
    doc.moveDown(0.8);
    const y = doc.y;
    SVGtoPDF(doc, unitColourChartSvg(s, { width, height }), left(doc), y, {
      width,
      height,
      assumePt: true, // the chart was laid out in points, not CSS pixels
      // ECharts names its own family; every chart text is set in the embedded CJK font.
      fontCallback: () => this.font.body,
    });
    doc
      .font(this.font.body)
      .fontSize(TABLE_SIZE + 1)
      .fillColor('#000');
    doc.text('图1  各单位在办事项状态分布（项）', left(doc), y + height + 4, { width, align: 'center' });
    doc.x = left(doc);
  }

  /** 版记: the distribution at the foot of the last page, between rules. */
  distribution(s: BulletinSnapshot): void {
    const { doc } = this;
    const width = textWidth(doc);
    const lineHeight = 22;
    const height = 3 * lineHeight;
    if (doc.y + 8 + height > bottom(doc)) doc.addPage();
    let y = bottom(doc) - height;
    const rule = (at: number, weight: number) =>
      doc
        .moveTo(left(doc), at)
        .lineTo(left(doc) + width, at)
        .lineWidth(weight)
        .strokeColor('#000')
        .stroke();
    inMargin(doc, () => {
      rule(y, 1);
      doc
        .font(this.font.body)
        .fontSize(BODY_SIZE - 2)
        .fillColor('#000');
      for (const line of ['报：工委、管委会领导。', '送：各有关单位。']) {
        doc.text(line, left(doc) + BODY_SIZE, y + 4, { width: width - 2 * BODY_SIZE });
        y += lineHeight;
        rule(y, 0.5);
      }
      doc.text(s.issuer, left(doc) + BODY_SIZE, y + 4, { width: width - 2 * BODY_SIZE, align: 'left' });
      doc.text(`${dateLabel(s.cutoffDate)}印发`, left(doc), y + 4, { width: width - BODY_SIZE, align: 'right' });
      rule(y + lineHeight, 1);
    });
  }

  /** Page numbers as official documents print them: — 3 —, odd pages on the right, even on the left. */
  pageNumbers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const odd = (i - range.start) % 2 === 0;
      const y = doc.page.height - doc.page.margins.bottom + 7 * MM;
      inMargin(doc, () =>
        doc
          .font(this.font.body)
          .fontSize(12)
          .fillColor('#000')
          .text(`— ${i - range.start + 1} —`, left(doc) + BODY_SIZE, y, {
            width: textWidth(doc) - 2 * BODY_SIZE,
            align: odd ? 'right' : 'left',
          }),
      );
    }
  }

  heading(text: string): void {
    const { doc } = this;
    this.ensureSpace(120); // a heading keeps its first lines of content with it
    doc.moveDown(0.6);
    doc
      .font(this.font.heading)
      .fontSize(BODY_SIZE + 1)
      .fillColor('#000');
    doc.text(text, left(doc), doc.y, { width: textWidth(doc) });
    doc.moveDown(0.3);
  }

  paragraph(text: string): void {
    const { doc } = this;
    doc.font(this.font.body).fontSize(BODY_SIZE).fillColor('#000');
    doc.text(text, left(doc), doc.y, { width: textWidth(doc), indent: 2 * BODY_SIZE, lineGap: 6, align: 'justify' });
    doc.moveDown(0.3);
  }

  ensureSpace(needed: number): void {
    const { doc } = this;
    if (doc.y + needed > bottom(doc)) doc.addPage();
  }
}

function overviewText(s: BulletinSnapshot): string {
  const t = s.totals;
  const period = s.previousCutoff
    ? `本期（${instantLabel(s.previousCutoff).replace(/^\d+年/, '')}至${instantLabel(s.cutoff).replace(/^\d+年/, '')}）`
    : '截至本期';
  return (
    `截至${instantLabel(s.cutoff)}，纳入督办的在办事项共${t.open}项，其中按期推进${t.onTime}项（临近完成时限${t.nearDeadline}项）、` +
    `存在逾期风险${t.atRisk}项、已逾期${t.overdue}项、暂缓办理${t.suspended}项；累计按时办结${t.closedOnTime}项、逾期办结${t.closedLate}项，` +
    `按期率${percentLabel(t.onTimeRate)}。${period}办结事项${s.closed.length}项，漏报进度${t.missedReports}次，` +
    `升级至一级${t.escalations.level1}项、二级${t.escalations.level2}项、三级${t.escalations.level3}项。各单位情况如下表。`
  );
}

const UNIT_COLUMNS: PdfColumn[] = [
  { header: '排名', width: 26 },
  { header: '牵头单位', width: 52 },
  { header: '在办', width: 26 },
  { header: '按期推进', width: 30 },
  { header: '逾期风险', width: 30 },
  { header: '已逾期', width: 34 },
  { header: '暂缓', width: 26 },
  { header: '按时办结', width: 30 },
  { header: '逾期办结', width: 30 },
  { header: '平均逾期工作日', width: 38 },
  { header: '本期漏报', width: 30 },
  { header: '本期升级\n一/二/三级', width: 50 },
  { header: '按期率', width: 40 },
];

function unitRows(s: BulletinSnapshot): string[][] {
  const row = (rank: string, name: string, f: BulletinSnapshot['totals']) => [
    rank,
    name,
    String(f.open),
    String(f.onTime),
    String(f.atRisk),
    String(f.overdue),
    String(f.suspended),
    String(f.closedOnTime),
    String(f.closedLate),
    numberLabel(f.averageWorkdaysLate),
    String(f.missedReports),
    `${f.escalations.level1}/${f.escalations.level2}/${f.escalations.level3}`,
    percentLabel(f.onTimeRate),
  ];
  return [
    ...s.units.map((u) => row(u.rank === null ? '—' : String(u.rank), u.unitName, u.figures)),
    row('', '合计', s.totals),
  ];
}

const OVERDUE_COLUMNS: PdfColumn[] = [
  { header: '序号', width: 28 },
  { header: '事项名称', width: 114, align: 'left' },
  { header: '类别', width: 60 },
  { header: '完成时限', width: 70 },
  { header: '逾期工作日', width: 42 },
  { header: '升级级别', width: 42 },
  { header: '进度', width: 38 },
  { header: '责任领导', width: 48 },
];

const RISK_COLUMNS: PdfColumn[] = [
  { header: '序号', width: 28 },
  { header: '事项名称', width: 152, align: 'left' },
  { header: '类别', width: 62 },
  { header: '完成时限', width: 70 },
  { header: '办理状态', width: 46 },
  { header: '进度', width: 36 },
  { header: '责任领导', width: 48 },
];

const CLOSED_COLUMNS: PdfColumn[] = [
  { header: '序号', width: 28 },
  { header: '牵头单位', width: 62 },
  { header: '事项名称', width: 140, align: 'left' },
  { header: '完成时限', width: 70 },
  { header: '办结时间', width: 62 },
  { header: '办结情况', width: 80 },
];

const ESCALATION_COLUMNS: PdfColumn[] = [
  { header: '序号', width: 26 },
  { header: '牵头单位', width: 54 },
  { header: '事项名称', width: 100, align: 'left' },
  { header: '完成时限', width: 60 },
  { header: '升级时间', width: 58 },
  { header: '升级情况', width: 60 },
  { header: '责任领导', width: 42 },
  { header: '当前状况', width: 42 },
];

/** Writes at the foot of the page: pdfkit would otherwise start a new page for text below the margin. */
function inMargin(doc: Doc, write: () => void): void {
  const margin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  try {
    write();
  } finally {
    doc.page.margins.bottom = margin;
  }
}
