import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A cell's value as text, and its date when Excel stored a date (a date cell, or a formula's date). */
export interface SheetCell {
  text: string;
  date?: string;
  /** The cell holds an Excel error (#DIV/0!, #REF!, …), not a value. */
  error?: boolean;
}

/** The first sheet with values, as rows of cells; cells[0][0] is A1. A merged cell's value is in every cell it covers. */
export interface PlanSheet {
  format: 'xlsx' | 'csv';
  sheetName: string;
  cells: (SheetCell | null)[][];
}

/** A file that cannot be read as a plan at all: the report names it instead of the rows. */
export class PlanFileError extends Error {
  constructor(
    readonly code: 'file_unreadable' | 'file_format_unsupported' | 'sheet_empty' | 'sheet_too_large',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// A plan is hundreds of rows. The bounds keep one upload from taking the API's memory or a minute of its time:
// a small xlsx can unpack to gigabytes, or name its last cell XFD1048576.
export const PLAN_MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
export const PLAN_MAX_ROWS = 10_000;
export const PLAN_MAX_COLUMNS = 1_000;
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls and .et, and any password-protected workbook
const startsWith = (buffer: Buffer, bytes: number[]) => bytes.every((b, i) => buffer[i] === b);

/**
 * The text of a csv file: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
 * else GBK, which is what Excel and WPS on a Chinese Windows save as "CSV".
 */
export function decodeCsv(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer); // drops a BOM
  } catch {
    return new TextDecoder('gbk').decode(buffer);
  }
}

// Tab-separated text (Excel's "Unicode text", a paste) has more tabs than commas in its first lines.
function delimiterOf(text: string): string {
  const head = text.split('\n', 5).join('\n');
  return (head.match(/\t/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

function csvWorkbook(buffer: Buffer): ExcelJS.Workbook {
  const utf16 = (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff); // its BOM
  if (buffer.subarray(0, 4096).includes(0) && !utf16)
    throw new PlanFileError('file_format_unsupported', 'binary content that is neither xlsx nor text');
  const text = decodeCsv(buffer);
  const lines = text.split('\n', PLAN_MAX_ROWS + 2).length;
  if (lines > PLAN_MAX_ROWS + 1) throw tooManyRows(`more than ${PLAN_MAX_ROWS} lines`);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new PlanFileError('file_unreadable', (error as Error).message);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('分工方案');
  // One record, one sheet row: the row numbers of the report are those a spreadsheet shows.
  records.forEach((record, i) => {
    sheet.getRow(i + 1).values = record.map((value) => (value === '' ? null : value));
  });
  return workbook;
}

const hasValues = (sheet: ExcelJS.Worksheet) => sheet.actualRowCount > 0;

/**
 * The workbook of an upload (a csv made into one) and its first sheet with values: what the
 * reader reads and what the marked-up report marks.
 */
export async function openPlanWorkbook(
  buffer: Buffer,
  fileName: string,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; format: 'xlsx' | 'csv' }> {
  if (startsWith(buffer, OLE))
    throw new PlanFileError(
      'file_format_unsupported',
      `${fileName}: an old .xls/.et workbook or a password-protected one`,
    );
  let workbook: ExcelJS.Workbook;
  let format: 'xlsx' | 'csv';
  if (startsWith(buffer, ZIP)) {
    const unpacked = unpackedBytes(buffer);
    if (unpacked > PLAN_MAX_UNPACKED_BYTES)
      throw new PlanFileError(
        'sheet_too_large',
        `${fileName} unpacks to ${megabytes(unpacked)} MB, more than the ${megabytes(PLAN_MAX_UNPACKED_BYTES)} MB a plan may hold`,
      );
    workbook = new ExcelJS.Workbook();
    try {
      // exceljs types its input as its own ArrayBuffer-like Buffer; a Node Buffer is what it reads.
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch (error) {
      throw new PlanFileError('file_unreadable', `${fileName}: ${(error as Error).message}`);
    }
    format = 'xlsx';
  } else if (/\.xlsx$/i.test(fileName)) {
    throw new PlanFileError('file_unreadable', `${fileName}: not an xlsx workbook`);
  } else {
    workbook = csvWorkbook(buffer);
    format = 'csv';
  }
  const sheet = workbook.worksheets.find(hasValues);
  if (!sheet) throw new PlanFileError('sheet_empty', `${fileName}: no sheet has any value`);
  return { workbook, sheet, format };
}

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
const tooManyRows = (found: string) =>
  new PlanFileError('sheet_too_large', `${found}: a plan has at most ${PLAN_MAX_ROWS} rows`);

/**
 * What a zip's files add up to unpacked, as its central directory says (an entry that does not
 * say, Zip64, counts as too large); 0 when there is no directory to read (the loader then refuses it).
 */
function unpackedBytes(zip: Buffer): number {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return 0;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < count && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; i++) {
    const size = zip.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

const dateText = (date: Date) => date.toISOString().slice(0, 10);

/** A cell value as the reader sees it: rich text joined, a formula's cached result, a date as YYYY-MM-DD. */
export function cellOf(value: ExcelJS.CellValue): SheetCell | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { text: dateText(value), date: dateText(value) };
  if (typeof value !== 'object') return String(value).trim() === '' ? null : { text: String(value) };
  if ('richText' in value) return cellOf(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return { text: String(value.error), error: true };
  return null;
}

/**
 * A sheet's cells, row by row, up to the last row and column with a value (a sheet formatted to
 * its 16,384th column holds no more than its values). A merged cell answers with its master's
 * value, so the merge's value is in every cell it covers.
 */
export function sheetCells(sheet: ExcelJS.Worksheet): (SheetCell | null)[][] {
  const found: [row: number, column: number, cell: SheetCell][] = [];
  let [rows, columns] = [0, 0];
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const value = cellOf(cell.value);
      if (!value) return;
      found.push([r, c, value]);
      [rows, columns] = [Math.max(rows, r), Math.max(columns, c)];
    }),
  );
  if (rows > PLAN_MAX_ROWS) throw tooManyRows(`${sheet.name} has a value in row ${rows}`);
  if (columns > PLAN_MAX_COLUMNS)
    throw new PlanFileError(
      'sheet_too_large',
      `${sheet.name} has a value in column ${columns}: a plan has at most ${PLAN_MAX_COLUMNS} columns`,
    );
  const cells = Array.from({ length: rows }, () => Array<SheetCell | null>(columns).fill(null));
  for (const [r, c, value] of found) cells[r - 1][c - 1] = value;
  return cells;
}

/** The cells of the first sheet with values of an xlsx or csv plan. */
export async function readPlanSheet(buffer: Buffer, fileName: string): Promise<PlanSheet> {
  const { sheet, format } = await openPlanWorkbook(buffer, fileName);
  return { format, sheetName: sheet.name, cells: sheetCells(sheet) };
}
