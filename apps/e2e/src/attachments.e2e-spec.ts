import PDFDocument from 'pdfkit';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { AttachmentsService, DEMO_PASSWORD } from '@duban/api';
import { AttachmentEntity } from '@duban/persistence';
import { ApiClient, startStack, type Stack } from './stack';

const DAY = 24 * 3600_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MAX_BYTES = 512 * 1024;

/** A real PDF of some pages, as a unit scans its evidence. */
function aPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument();
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    doc.text(`Evidence page ${page}: fixed-asset investment, first quarter`);
  }
  doc.end();
  return buffer(doc);
}

/** The name a download is offered under, read as a browser does (RFC 5987 filename* first). */
function offeredName(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : null;
}

describe('evidence files (佐证材料) over HTTP, on the real API, worker, Temporal and Postgres', () => {
  let stack: Stack;
  let filesDir: string;
  let office: ApiClient, leadHandler: ApiClient, coopHandler: ApiClient, otherHandler: ApiClient;
  let tokens: Record<string, string>;
  let itemId: string;
  let pdf: Buffer;

  beforeAll(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'duban-e2e-files-'));
    stack = await startStack({ settings: { FILES_DIR: filesDir, FILES_MAX_BYTES: String(MAX_BYTES) } });
    const names = ['office', 'jfj-handler', 'tcj-handler', 'yjj-handler', 'leader'];
    tokens = Object.fromEntries(
      await Promise.all(
        names.map(async (username) => {
          const login = await new ApiClient(stack.baseUrl).post('/api/auth/login', {
            username,
            password: DEMO_PASSWORD,
          });
          return [username, login.body.accessToken as string];
        }),
      ),
    );
    [office, leadHandler, coopHandler, otherHandler] = names.map((n) => new ApiClient(stack.baseUrl, tokens[n]));
    itemId = await anItem({ acknowledge: true });
    pdf = await aPdf(40);
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(filesDir, { recursive: true, force: true });
  });

  /** An item led by 经济发展局 with 投资促进局 cooperating, published and perhaps acknowledged. */
  async function anItem({ acknowledge }: { acknowledge: boolean }): Promise<string> {
    const { units } = stack.directory;
    const draft = await office.post('/api/items', {
      title: '一季度固定资产投资实现“开门红”',
      category: '重大项目',
      leadUnitId: units.jfj,
      cooperatingUnitIds: [units.tcj],
      deadline: isoDate(60),
    });
    expect(draft.status).toBe(201);
    expect((await office.post(`/api/items/${draft.body.id}/publish`)).status).toBe(200);
    if (acknowledge) expect((await leadHandler.post(`/api/items/${draft.body.id}/acknowledge`)).status).toBe(200);
    return draft.body.id;
  }

  /** Uploads files as `username` the way a browser form does. */
  async function upload(username: string, item: string, files: [Buffer, string][], field = 'files') {
    const form = new FormData();
    // The client's content type says PDF for everything: the server must not believe it.
    for (const [bytes, name] of files) form.append(field, new Blob([bytes], { type: 'application/pdf' }), name);
    const response = await fetch(`${stack.baseUrl}/api/items/${item}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[username]}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  async function download(username: string, attachmentId: string) {
    const response = await fetch(`${stack.baseUrl}/api/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${tokens[username]}` },
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** Every file the directory store holds (not its temporary uploads). */
  const storedFiles = async () =>
    (await readdir(filesDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && !e.parentPath.startsWith(join(filesDir, 'tmp')))
      .map((e) => e.name);
  const attachmentRows = () => stack.db.getRepository(AttachmentEntity).count();

  it('takes a PDF with a Chinese name from a lead handler; the office and a cooperating unit download it byte for byte', async () => {
    const name = '一季度投资完成情况（附表）.pdf';
    const uploaded = await upload('jfj-handler', itemId, [[pdf, name]]);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual([
      expect.objectContaining({
        itemId,
        name,
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: sha256(pdf),
        downloadUrl: `/api/attachments/${uploaded.body[0].id}`,
      }),
    ]);
    expect(await storedFiles()).toEqual([sha256(pdf)]);

    for (const username of ['office', 'tcj-handler', 'leader']) {
      const got = await download(username, uploaded.body[0].id);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(pdf)).toBe(true);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-length')).toBe(String(pdf.length));
      expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=/);
      expect(offeredName(got.headers.get('content-disposition'))).toBe(name);
    }
    const listed = await coopHandler.get(`/api/items/${itemId}/attachments`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((a: { name: string }) => a.name)).toContain(name);
  });

  it('shows a handler of another unit neither the list nor the file, nor lets it upload: 404 as for the item', async () => {
    const [attachment] = (await upload('tcj-handler', itemId, [[Buffer.from('配合单位材料\n'), '配合说明.txt']])).body;
    expect(attachment.contentType).toBe('text/plain; charset=utf-8');
    expect((await otherHandler.get(`/api/items/${itemId}`)).status).toBe(404);
    expect((await otherHandler.get(`/api/items/${itemId}/attachments`)).status).toBe(404);
    const denied = await download('yjj-handler', attachment.id);
    expect(denied.status).toBe(404);
    expect(JSON.parse(denied.bytes.toString()).message).toBe(`attachment ${attachment.id} not found`);
    expect((await upload('yjj-handler', itemId, [[pdf, 'x.pdf']])).status).toBe(404);
  });

  it('answers the same attachment when the same bytes come again, and keeps them once', async () => {
    const bytes = await aPdf(2);
    const first = await upload('jfj-handler', itemId, [[bytes, '进度报告.pdf']]);
    const retried = await upload('jfj-handler', itemId, [[bytes, '进度报告.pdf']]);
    expect(retried.body.map((a: { id: string }) => a.id)).toEqual(first.body.map((a: { id: string }) => a.id));
    // The office uploading the same bytes has an attachment of its own, over the same stored file.
    const byOffice = await upload('office', itemId, [[bytes, '督查室留存.pdf']]);
    expect(byOffice.body[0].id).not.toBe(first.body[0].id);
    expect((await storedFiles()).filter((f) => f === sha256(bytes))).toHaveLength(1);
  });

  it('refuses a file over FILES_MAX_BYTES with 413 naming the limit, keeping nothing of the request', async () => {
    const [rows, files] = [await attachmentRows(), await storedFiles()];
    const tooLarge = await aPdf(1500);
    expect(tooLarge.length).toBeGreaterThan(MAX_BYTES);
    const refused = await upload('jfj-handler', itemId, [[tooLarge, '全年台账扫描件.pdf']]);
    expect(refused).toEqual({
      status: 413,
      body: {
        statusCode: 413,
        error: 'Payload Too Large',
        message: '全年台账扫描件.pdf: the file is larger than the limit of 512 KB (FILES_MAX_BYTES = 524288 bytes)',
      },
    });
    expect(await attachmentRows()).toBe(rows);
    expect(await storedFiles()).toEqual(files);
    expect(await readdir(join(filesDir, 'tmp'))).toEqual([]);
  });

  it('refuses an executable named .pdf with 415 naming what it is, and attaches nothing of that request', async () => {
    const program = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(58),
      Buffer.from('PE\0\0'),
      Buffer.alloc(4096, 0x90),
    ]);
    const rows = await attachmentRows();
    const refused = await upload('jfj-handler', itemId, [
      [await aPdf(1), '正常材料.pdf'],
      [program, '佐证材料.pdf'],
    ]);
    expect(refused.status).toBe(415);
    expect(refused.body.message).toBe(
      '佐证材料.pdf: the content is a Windows program (MZ/PE), which is not accepted; accepted: ' +
        'pdf, png, jpeg, gif, webp, doc, xls, ppt, wps, et, dps, docx, xlsx, pptx, txt, zip',
    );
    expect(await attachmentRows()).toBe(rows);
    expect((await upload('jfj-handler', itemId, [[Buffer.from('#!/bin/sh\n'), '报告.pdf']])).body.message).toBe(
      '报告.pdf: the content is plain text, not a PDF document as its name says',
    );
  });

  it('lets a unit add evidence only while the item is in progress, and only its handlers', async () => {
    const assigned = await anItem({ acknowledge: false });
    const early = await upload('jfj-handler', assigned, [[pdf, 'a.pdf']]);
    expect(early).toMatchObject({
      status: 409,
      body: { message: 'evidence can be added while the item is in progress; it is assigned' },
    });
    expect((await upload('office', assigned, [[pdf, '交办通知.pdf']])).status).toBe(201);
    expect((await upload('leader', itemId, [[pdf, 'a.pdf']])).status).toBe(403);
  });

  it('answers 400 for a request without files in the field "files"', async () => {
    expect((await leadHandler.post(`/api/items/${itemId}/attachments`, { files: [] })).body.message).toMatch(
      /send one or more files as multipart\/form-data in the field "files"/,
    );
    const wrongField = await upload('jfj-handler', itemId, [[pdf, 'a.pdf']], 'file');
    expect(wrongField).toMatchObject({
      status: 400,
      body: { message: 'send the files in the field "files", not "file"' },
    });
  });

  it('checks the evidence a command cites: of this item, uploaded by the unit or the office', async () => {
    const service = stack.app.get(AttachmentsService);
    const { users, units } = stack.directory;
    const lead = { userId: users['jfj-handler'], unitId: units.jfj, roles: ['handler' as const] };
    const coop = { userId: users['tcj-handler'], unitId: units.tcj, roles: ['handler' as const] };
    const list = (await office.get(`/api/items/${itemId}/attachments`)).body as {
      id: string;
      name: string;
      size: number;
      sha256: string;
      unitId: string;
    }[];
    const ofLead = list.find((a) => a.name === '一季度投资完成情况（附表）.pdf')!;
    const ofOffice = list.find((a) => a.name === '督查室留存.pdf')!;
    const ofCoop = list.find((a) => a.name === '配合说明.txt')!;

    expect(await service.attachmentsForCommand(itemId, [ofLead.id, ofOffice.id, ofLead.id], lead)).toEqual([
      { id: ofLead.id, name: ofLead.name, size: ofLead.size, sha256: ofLead.sha256 },
      { id: ofOffice.id, name: ofOffice.name, size: ofOffice.size, sha256: ofOffice.sha256 },
    ]);
    await expect(service.attachmentsForCommand(itemId, [ofCoop.id], lead)).rejects.toThrow(
      `attachments: 配合说明.txt (${ofCoop.id}) was uploaded by another unit`,
    );
    expect(await service.attachmentsForCommand(itemId, [ofCoop.id], coop)).toHaveLength(1);
    const elsewhere = await anItem({ acknowledge: false });
    await expect(service.attachmentsForCommand(elsewhere, [ofLead.id], lead)).rejects.toThrow(
      `attachments: ${ofLead.id} is not an attachment of item ${elsewhere}`,
    );
    await expect(service.attachmentsForCommand(itemId, ['not-a-uuid'], lead)).rejects.toThrow(
      /not-a-uuid is not an attachment/,
    );
    expect(await service.attachmentsForCommand(itemId, [], lead)).toEqual([]);

    await service.markUsed([ofLead.id], { kind: 'progress_report', id: '0f8e2d5c-0000-4000-8000-000000000001' });
    const cited = (await office.get(`/api/items/${itemId}/attachments`)).body.find(
      (a: { id: string }) => a.id === ofLead.id,
    );
    expect(cited.usedIn).toBe('progress_report');
  });

  it('records the evidence a progress report and a completion request cite: name, size and hash on the record', async () => {
    const item = await anItem({ acknowledge: true });
    const [file] = (await upload('jfj-handler', item, [[pdf, '进展佐证.pdf']])).body;
    const [coopFile] = (await upload('tcj-handler', item, [[Buffer.from('配合说明'), '说明.txt']])).body;
    // Another unit's upload cannot be cited by this one; nothing is reported.
    const refused = await leadHandler.post(`/api/items/${item}/progress`, {
      text: 'x',
      percent: 1,
      attachmentIds: [coopFile.id],
    });
    expect(refused).toMatchObject({
      status: 403,
      body: { message: expect.stringMatching(/uploaded by another unit/) },
    });
    const report = await leadHandler.post(`/api/items/${item}/progress`, {
      text: '已完成一半',
      percent: 50,
      attachmentIds: [file.id],
    });
    expect(report.status).toBe(200);
    const reports = (await office.get(`/api/items/${item}/progress-reports`)).body;
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      text: '已完成一半',
      reporter: { displayName: expect.any(String) },
      attachments: [{ id: file.id, name: '进展佐证.pdf', size: pdf.length, sha256: sha256(pdf) }],
    });
    const completion = await leadHandler.post(`/api/items/${item}/completion`, {
      summary: '已办结',
      attachmentIds: [file.id],
    });
    expect(completion.body.status).toBe('awaiting_signoff');
    const timeline = (await office.get(`/api/items/${item}/timeline`)).body as { type: string; data: any }[];
    expect(timeline.find((e) => e.type === 'completion_requested')?.data.attachments).toEqual([
      { id: file.id, name: '进展佐证.pdf', size: pdf.length, sha256: sha256(pdf) },
    ]);
  });

  it('describes every route in the OpenAPI document: the multipart body and the refusals', async () => {
    const { paths } = (await new ApiClient(stack.baseUrl).get('/api/docs-json')).body;
    const post = paths['/api/items/{id}/attachments'].post;
    expect(post.requestBody.content['multipart/form-data'].schema).toMatchObject({
      required: ['files'],
      properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
    });
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '403', '404', '409', '413', '415']),
    );
    expect(Object.keys(paths['/api/items/{id}/attachments'].get.responses)).toEqual(
      expect.arrayContaining(['200', '404']),
    );
    const get = paths['/api/attachments/{attachmentId}'].get;
    expect(get.responses['200'].content['application/pdf'].schema).toEqual({ type: 'string', format: 'binary' });
    expect(get.responses['200'].headers).toHaveProperty('Content-Disposition');
    expect(Object.keys(get.responses)).toContain('404');
  });
});
