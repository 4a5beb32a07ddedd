import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface PdfTableStyle {
  font: string;
  headerFont: string;
  fontSize: number;
  padding: number;
  headerFill: string;
  /** Rows whose cells should stand out (e.g. the totals), by index. */
  boldRows?: number[];
}

/**
 * Draws a bordered table from doc.y that breaks across pages and repeats its header on each
 * (pdfkit's own table breaks pages but does not repeat the header). Rows never split.
 */
export function drawTable(doc: Doc, columns: PdfColumn[], rows: string[][], style: PdfTableStyle): void {
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  // Lines are measured and written one by one: pdfkit counts a newline's glyph (a full em in a CJK
  // font) into the line before it, which wraps a line that fits.
  const heightOf = (text: string, width: number) =>
    text.split('\n').reduce((sum, line) => sum + doc.heightOfString(line || ' ', { width }), 0);
  const measure = (cells: string[], font: string) => {
    doc.font(font).fontSize(style.fontSize);
    return Math.max(
      ...cells.map((text, i) => heightOf(text, columns[i].width - 2 * style.padding) + 2 * style.padding),
    );
  };
  const drawRow = (cells: string[], font: string, height: number, fill?: string) => {
    let x = left;
    const y = doc.y;
    doc.font(font).fontSize(style.fontSize);
    columns.forEach((column, i) => {
      if (fill) doc.rect(x, y, column.width, height).fill(fill);
      doc.rect(x, y, column.width, height).lineWidth(0.6).strokeColor('#000').stroke();
      const inner = column.width - 2 * style.padding;
      const text = cells[i] ?? '';
      let lineY = y + (height - heightOf(text, inner)) / 2;
      for (const line of text.split('\n')) {
        doc.fillColor('#000').text(line, x + style.padding, lineY, { width: inner, align: column.align ?? 'center' });
        lineY += doc.heightOfString(line || ' ', { width: inner });
      }
      x += column.width;
    });
    doc.x = left;
    doc.y = y + height;
  };

  const headers = columns.map((c) => c.header);
  const headerHeight = measure(headers, style.headerFont);
  const drawHeader = () => drawRow(headers, style.headerFont, headerHeight, style.headerFill);
  // The header never stands alone at the foot of a page.
  const firstHeight = rows.length ? measure(rows[0], style.font) : 0;
  if (doc.y + headerHeight + firstHeight > bottom()) doc.addPage();
  drawHeader();
  rows.forEach((cells, index) => {
    const font = style.boldRows?.includes(index) ? style.headerFont : style.font;
    const height = measure(cells, font);
    if (doc.y + height > bottom()) {
      doc.addPage();
      drawHeader();
    }
    drawRow(cells, font, height);
  });
  doc.y += 6; // what follows a table keeps off its last border
}
