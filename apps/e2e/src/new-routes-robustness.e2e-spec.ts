import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { BULLETIN_WORKFLOW, ITEM_TASK_QUEUE } from '@duban/contracts';
import { ApiClient, startStack, until, type Stack } from './stack';

const HEADER = '序号,重点任务,具体措施,类别,牵头单位,配合单位,责任领导,完成时限,报送频次';
const ROW = '1,任务,措施,重点工作,经济发展局,,李强,2027-03-31,每月底';

/** Within this time or the request is named as hanging: the machine is busy, but a refusal is quick. */
const PROMPT_MS = 30_000;

// What an outside tester tried on the routes of plan import, the board, bulletins and delegations:
// odd bytes, far and impossible dates, huge sheets, long Idempotency-Keys. Each is a clear 4xx, promptly.
describe('the new routes refuse bad input with a clear 4xx (real Postgres, Temporal dev server, worker)', () => {
  let stack: Stack;
  let office: ApiClient;
  let token: string;

  beforeAll(async () => {
    stack = await startStack();
    const login = await new ApiClient(stack.baseUrl).post('/api/auth/login', {
      username: 'office',
      password: 'Duban@2024-demo',
    });
    token = login.body.accessToken;
    office = new ApiClient(stack.baseUrl, token);
  }, 180_000);

  afterAll(() => stack?.stop());

  /** The answer, or a failure naming the request that got none in time. */
  async function prompt<T>(what: string, request: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} got no answer within ${PROMPT_MS} ms`)), PROMPT_MS);
    });
    try {
      return await Promise.race([request, hang]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function upload(path: string, content: Buffer, fileName: string) {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    const response = await prompt(
      `${path} of ${fileName}`,
      fetch(`${stack.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }),
    );
    const text = await response.text();
    return {
      status: response.status,
      body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  }

  const itemCount = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM items`))[0].n);

  /** A plan workbook: the header and one row, and whatever `more` adds to its sheet. */
  async function workbook(more: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('分工方案');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(ROW.split(','));
    more(sheet);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('refuses a small xlsx that names its last cell XFD1048576, instead of running out of memory', async () => {
    const sparse = await workbook((sheet) => {
      sheet.getCell(1_048_576, 16_384).value = 'x';
    });
    expect(sparse.length).toBeLessThan(20_000);
    for (const path of ['/api/items/import', '/api/items/import/marked-up']) {
      const answer = await upload(path, sparse, 'sparse.xlsx');
      expect(answer.status).toBe(422);
      expect(JSON.stringify(answer.body)).toContain('1048576');
    }
    expect((await office.get('/api/health')).status).toBe(200);
  });

  it('says an empty file has nothing to mark up (422), as the import says it holds no values', async () => {
    for (const path of ['/api/items/import', '/api/items/import/marked-up']) {
      const answer = await upload(path, Buffer.alloc(0), 'empty.csv');
      expect(answer).toMatchObject({ status: 422 });
      expect(JSON.stringify(answer.body)).toContain('The file holds no values');
    }
  });

  it('refuses a zip bomb (a cell of 60 MB packed into a small xlsx) before unpacking it', async () => {
    const before = await itemCount();
    const bomb = await workbook((sheet) => {
      sheet.getCell('B3').value = '长'.repeat(20_000_000);
    });
    expect(bomb.length).toBeLessThan(1_000_000);
    const answer = await upload('/api/items/import', bomb, 'bomb.xlsx');
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toMatch(/MB/);
    expect(await itemCount()).toBe(before);
  });

  it('refuses a board period of days no calendar has, naming the parameter', async () => {
    for (const [query, field] of [
      ['to=2026-00-10', 'to'],
      ['from=2026-02-30', 'from'],
      ['from=2025-04-31&to=2025-05-01', 'from'],
      ['to=2026-13-01', 'to'],
      ['from=1900-01-01&to=1902-12-31', 'from'],
      ['from=9997-01-01&to=9999-12-31', 'from'],
      ['from=0001-01-01', 'from'],
    ]) {
      const answer = await prompt(`GET /api/dashboard?${query}`, office.get(`/api/dashboard?${query}`));
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(answer.body.message).toEqual(expect.stringContaining(field));
    }
  });

  it('refuses an Idempotency-Key too long to remember (400, naming the header), and creates nothing', async () => {
    const before = await itemCount();
    // Random, so the database cannot compress it below its index's limit.
    const key = randomBytes(3000).toString('base64url');
    const draft = {
      title: '长键事项',
      category: '重点工作',
      leadUnitId: stack.directory.units.jfj,
      deadline: '2027-03-31',
    };
    const answer = await prompt(
      'POST /api/items with a 4,000-character key',
      office.post('/api/items', draft, { 'Idempotency-Key': key }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain('Idempotency-Key');
    expect(await itemCount()).toBe(before);
    // A key of a usual length still works.
    const usual = await office.post('/api/items', draft, { 'Idempotency-Key': randomBytes(16).toString('hex') });
    expect(usual.status).toBe(201);
  });

  it("serves a bulletin at the contract's export route by format, and names a format it does not have", async () => {
    const made = await office.post('/api/bulletins', {});
    expect([200, 201]).toContain(made.status);
    const id = made.body.id as string;
    const xlsx = await prompt(
      'export as xlsx',
      fetch(`${stack.baseUrl}/api/bulletins/${id}/export?format=xlsx`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await prompt(
      'export as pdf',
      fetch(`${stack.baseUrl}/api/bulletins/${id}/export?format=pdf`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    for (const query of ['format=doc', '', 'format=pdf%00']) {
      const bad = await office.get(`/api/bulletins/${id}/export?${query}`);
      expect({ query, status: bad.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(bad.body.message)).toContain('format');
    }
    const unknown = await office.get('/api/bulletins/00000000-0000-4000-8000-000000000000/export?format=pdf');
    expect(unknown.status).toBe(404);
  });

  it('refuses a bulletin cut-off or a delegation period outside the plan years, naming the field, and keeps nothing', async () => {
    const bulletins = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM bulletins`))[0].n);
    const before = await bulletins();
    for (const cutoff of ['1900-01-01T00:00:00Z', '1969-12-31T23:59:59Z']) {
      const answer = await prompt(`bulletin of ${cutoff}`, office.post('/api/bulletins', { cutoff }));
      expect({ cutoff, status: answer.status }).toEqual({ cutoff, status: 400 });
      expect(JSON.stringify(answer.body.message)).toContain('cutoff');
    }
    expect(await bulletins()).toBe(before);

    const head = await ApiClient.login(stack.baseUrl, 'jfj-head');
    const delegations = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM delegations`))[0].n);
    const kept = await delegations();
    const now = new Date().toISOString();
    for (const [startsAt, endsAt, field] of [
      [now, '9999-12-31T23:59:59Z', 'endsAt'],
      ['1900-01-01T00:00:00Z', '2099-01-01T00:00:00Z', 'startsAt'],
    ]) {
      const answer = await head.post('/api/delegations', {
        delegateId: stack.directory.users['jfj-handler'],
        startsAt,
        endsAt,
      });
      expect({ startsAt, endsAt, status: answer.status }).toEqual({ startsAt, endsAt, status: 400 });
      expect(JSON.stringify(answer.body.message)).toContain(field);
    }
    expect(await delegations()).toBe(kept);
  });

  it("renders a bulletin's PDF once for a burst of ten downloads, so the burst takes about one render", async () => {
    const made = await office.post('/api/bulletins', { cutoff: new Date(Date.now() - 3_600_000).toISOString() });
    expect([200, 201]).toContain(made.status);
    const download = async (what: string) => {
      const response = await prompt(
        what,
        fetch(`${stack.baseUrl}/api/bulletins/${made.body.id}/pdf`, { headers: { authorization: `Bearer ${token}` } }),
      );
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    // The same render of another bulletin first: fonts loaded, code warm, so the one render is timed fairly.
    const other = await office.post('/api/bulletins', { cutoff: new Date(Date.now() - 7_200_000).toISOString() });
    const warm = Date.now();
    expect((await office.get(`/api/bulletins/${other.body.id}/pdf`)).status).toBe(200);
    const oneRender = Date.now() - warm;
    const started = Date.now();
    const files = await Promise.all(Array.from({ length: 10 }, (_, i) => download(`pdf download ${i}`)));
    const burst = Date.now() - started;
    expect(new Set(files.map((f) => f.toString('base64'))).size).toBe(1);
    // Ten renders one after another took ten times one render and stalled the API meanwhile.
    expect({ burst, oneRender, within: burst < 4 * oneRender + 1_000 }).toMatchObject({ within: true });
  });

  it('issues no bulletin and notifies nobody when its workflow is started around the API', async () => {
    const raw = new Client({ connection: stack.env.connection }); // no payload key: what anyone on Temporal's port has
    const bulletins = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM bulletins`))[0].n);
    const before = await bulletins();
    for (const [workflowId, args] of [
      ['forged-bulletin-plain', [{ cutoff: new Date(Date.now() - 60_000).toISOString(), madeBy: null }]],
      ['forged-bulletin-empty', []],
    ] as const) {
      await raw.workflow.start(BULLETIN_WORKFLOW, { taskQueue: ITEM_TASK_QUEUE, workflowId, args: [...args] });
      const status = await until(
        `the forged run ${workflowId} to end`,
        async () => {
          const { status } = await raw.workflow.getHandle(workflowId).describe();
          return status.name === 'RUNNING' ? undefined : status.name;
        },
        30,
      );
      expect({ workflowId, status }).toEqual({ workflowId, status: 'FAILED' });
    }
    expect(await bulletins()).toBe(before);
  });

  it('makes one bulletin for a retried "make it now" under one Idempotency-Key, and refuses the key with another body', async () => {
    const bulletins = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM bulletins`))[0].n);
    const before = await bulletins();
    const key = randomBytes(16).toString('hex');
    const first = await office.post('/api/bulletins', {}, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1_100)); // the retry falls in the next second: another cut-off
    const retry = await office.post('/api/bulletins', {}, { 'Idempotency-Key': key });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const other = await office.post('/api/bulletins', { cutoff: '2026-01-05T01:00:00Z' }, { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(await bulletins()).toBe(before + 1);
  });

  it('says what it found in a file that is no spreadsheet, rather than only calling it an old workbook', async () => {
    for (const [content, name] of [
      // Bytes of every value in a fixed, noisy order (random bytes would now and then open like a BOM).
      [Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 73 + 11) % 256)), 'random.csv'],
      [Buffer.alloc(100), 'zeros.csv'],
    ] as const) {
      const answer = await upload('/api/items/import', content, name);
      expect(answer.status).toBe(415);
      expect(answer.body.message).toContain('binary content that is neither xlsx nor text');
    }
  });

  it("refuses a row whose cell holds a formula's error (#DIV/0!) instead of importing it as the task", async () => {
    const withError = await workbook((sheet) => {
      sheet.getCell('B2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    });
    const answer = await upload('/api/items/import', withError, 'error.xlsx');
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 2, column: 'B', code: 'cell_error' })]),
    );
  });

  it('refuses a csv of more than 10,000 lines or a row of 10,000 columns at once, naming the bound', async () => {
    const long = Buffer.from([HEADER, ...Array.from({ length: 10_001 }, () => ROW)].join('\n'), 'utf8');
    const wide = Buffer.from([HEADER + ',x'.repeat(10_000), ROW].join('\n'), 'utf8');
    for (const [content, name, bound] of [
      [long, 'long.csv', '10000 rows'],
      [wide, 'wide.csv', '1000 columns'],
    ] as const) {
      for (const path of ['/api/items/import', '/api/items/import/marked-up']) {
        const answer = await upload(path, content, name);
        expect({ name, path, status: answer.status }).toEqual({ name, path, status: 422 });
        expect(JSON.stringify(answer.body)).toContain(bound);
      }
    }
  });

  it('replays the status of the first answer: a bulletin that already stood (200) is not said to be made (201)', async () => {
    const cutoff = new Date(Date.now() - 3 * 3_600_000).toISOString();
    expect((await office.post('/api/bulletins', { cutoff })).status).toBe(201);
    const key = randomBytes(16).toString('hex');
    const found = await office.post('/api/bulletins', { cutoff }, { 'Idempotency-Key': key });
    expect(found.status).toBe(200);
    const replayed = await office.post('/api/bulletins', { cutoff }, { 'Idempotency-Key': key });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect({ status: replayed.status, created: replayed.body.created }).toEqual({ status: 200, created: false });
  });

  it('keeps answering while eight different bulletins render as PDF, each on a thread of its own', async () => {
    const ids: string[] = [];
    for (let hours = 5; hours < 13; hours++) {
      const made = await office.post('/api/bulletins', {
        cutoff: new Date(Date.now() - hours * 3_600_000).toISOString(),
      });
      ids.push(made.body.id);
    }
    let rendering = true;
    const waits: number[] = [];
    const probe = (async () => {
      while (rendering) {
        const started = Date.now();
        expect((await office.get('/api/me')).status).toBe(200);
        waits.push(Date.now() - started);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const pdfs = await Promise.all(
      ids.map((id) => prompt(`pdf of ${id}`, office.get(`/api/bulletins/${id}/pdf`))),
    ).finally(() => (rendering = false));
    await probe;
    expect(pdfs.every((p) => p.status === 200)).toBe(true);
    expect(pdfs.every((p) => String(p.body).startsWith('%PDF-'))).toBe(true);
    // On the API's thread a request waited for the renders before it: 5 s here; off it, under half a second.
    expect(Math.max(...waits)).toBeLessThan(2_000);
  });
});
