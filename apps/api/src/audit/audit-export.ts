import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { toShanghaiIso } from '@duban/domain';

interface ExportRow {
  seq: string;
  at: Date;
  actor_username: string | null;
  actor_id: string | null;
  on_behalf_of_username: string | null;
  unit_name: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  status: number | null;
  message: string | null;
  client_address: string | null;
  request_id: string | null;
  details: string;
  hash: string;
}

const RESULTS: Record<string, string> = { ok: '成功', refused: '拒绝', error: '错误' };

/** The columns of both formats, in Chinese for the office's auditors. */
const COLUMNS: { header: string; width: number; value: (row: ExportRow) => string | number | null }[] = [
  { header: '序号', width: 10, value: (r) => Number(r.seq) },
  { header: '时间（北京时间）', width: 24, value: (r) => toShanghaiIso(r.at).slice(0, 23).replace('T', ' ') },
  { header: '操作人', width: 16, value: (r) => r.actor_username },
  { header: '操作人ID', width: 38, value: (r) => r.actor_id },
  { header: '代理', width: 16, value: (r) => r.on_behalf_of_username },
  { header: '单位', width: 20, value: (r) => r.unit_name },
  { header: '操作', width: 26, value: (r) => r.action },
  { header: '对象类型', width: 10, value: (r) => r.object_type },
  { header: '对象ID', width: 38, value: (r) => r.object_id },
  { header: '结果', width: 8, value: (r) => RESULTS[r.result] ?? r.result },
  { header: '状态码', width: 8, value: (r) => r.status },
  { header: '说明', width: 40, value: (r) => r.message },
  { header: '客户端地址', width: 18, value: (r) => r.client_address },
  { header: '请求ID', width: 38, value: (r) => r.request_id },
  { header: '详情', width: 60, value: (r) => r.details },
  { header: '哈希', width: 66, value: (r) => r.hash },
];

/** The period's entries in order, a batch at a time (the period's bounds found once through the time index). */
async function* periodEntries(db: DataSource, from: Date, to: Date, batchSize = 2000): AsyncGenerator<ExportRow[]> {
  const [bounds] = await db.query(
    `SELECT min(seq)::text AS first, max(seq)::text AS last FROM audit_entries WHERE at >= $1 AND at < $2`,
    [from, to],
  );
  if (bounds.first === null) return;
  let after = String(Number(bounds.first) - 1);
  for (;;) {
    const rows: ExportRow[] = await db.query(
      `SELECT e.seq::text AS seq, e.at, e.actor_username, e.actor_id, e.on_behalf_of_username, u.name AS unit_name,
              e.action, e.object_type, e.object_id, e.result, e.status, e.message, e.client_address, e.request_id,
              e.details::text AS details, e.hash
         FROM audit_entries e LEFT JOIN units u ON u.id = e.unit_id
        WHERE e.seq > $1 AND e.seq <= $2 AND e.at >= $3 AND e.at < $4 ORDER BY e.seq LIMIT $5`,
      [after, bounds.last, from, to, batchSize],
    );
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].seq;
  }
}

/** A cell a spreadsheet would run as a formula is kept as text (CSV injection). */
const csvField = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const csvLine = (values: (string | number | null)[]) => values.map(csvField).join(',') + '\r\n';

/** UTF-8 with a byte-order mark, so Excel opens the Chinese as Chinese; RFC 4180 quoting. */
export async function writeAuditCsv(db: DataSource, from: Date, to: Date, out: Writable): Promise<void> {
  out.write('\uFEFF' + csvLine(COLUMNS.map((c) => c.header)));
  for await (const rows of periodEntries(db, from, to)) {
    const ok = out.write(rows.map((row) => csvLine(COLUMNS.map((c) => c.value(row)))).join(''));
    if (!ok) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
}

/** A streamed workbook: one sheet, a row per entry, written as it is read. */
export async function writeAuditXlsx(db: DataSource, from: Date, to: Date, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of periodEntries(db, from, to)) {
    for (const row of rows) sheet.addRow(COLUMNS.map((c) => c.value(row))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
