import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '@duban/api';
import { ApiClient, startStack, type Stack } from './stack';

const SAMPLES = resolve(__dirname, '../../../libs/plan-import/test/fixtures');
const HEADER = '序号,重点任务,具体措施,类别,牵头单位,配合单位,责任领导,完成时限,报送频次';
const MAX_BYTES = 256 * 1024;

/** A csv plan of the given rows (each a line of the nine columns above). */
const csvPlan = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8');

describe('work plan import (分工方案) over HTTP, on the real API, worker, Temporal and Postgres', () => {
  let stack: Stack;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ settings: { PLAN_IMPORT_MAX_BYTES: String(MAX_BYTES) } });
    const names = ['office', 'admin', 'jfj-handler'];
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
  }, 180_000);

  afterAll(() => stack?.stop());

  /** Uploads a plan as the console does: multipart, the file in the field "file". */
  async function upload(
    path: '/api/items/import' | '/api/items/import/marked-up',
    content: Buffer,
    fileName: string,
    fields: Record<string, string> = {},
    as = 'office',
  ) {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[as]}` },
      body: form,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(bytes.toString('utf8')) : null;
    return { status: response.status, body: json, bytes, headers: response.headers };
  }

  const itemCount = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM items`))[0].n);
  const importCount = async () => Number((await stack.db.query(`SELECT count(*) AS n FROM plan_imports`))[0].n);

  it('imports both samples: a dry run says what would be created, then every row becomes a draft', async () => {
    for (const [file, rowsFrom] of [
      ['plan-2024.xlsx', 3],
      ['plan-2024.csv', 2],
    ] as const) {
      const content = await readFile(resolve(SAMPLES, file));
      const before = await itemCount();
      const dry = await upload('/api/items/import', content, file, { planYear: '2024' });
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, importId: null, planYear: 2024, itemIds: [] });
      expect(dry.body.rows).toHaveLength(6);
      expect(dry.body.rows[0]).toMatchObject({
        row: rowsFrom,
        title: '一季度固定资产投资实现“开门红”',
        leadUnit: { id: stack.directory.units.jfj, name: '经济发展局' },
        cooperatingUnits: [{ name: '投资促进局' }, { name: '财政国资局' }],
        supervisingLeader: { id: stack.directory.users.leader },
        // 2024-03-31 is a Sunday: moved to the Friday before, as the default policy says.
        deadline: '2024-03-29',
        deadlinePhrase: '2024-03-31',
        movedFrom: '2024-03-31',
        reportingCadence: { kind: 'workdays', every: 10 },
        cadencePhrase: '每10个工作日',
        itemId: null,
      });
      // Moved off a Sunday, and (the plan being 2024's) already past.
      expect(dry.body.rows[0].warnings.map((w: { code: string }) => w.code)).toEqual([
        'deadline_moved',
        'deadline_passed',
      ]);
      expect(await itemCount()).toBe(before);

      const done = await upload('/api/items/import', content, file, { planYear: '2024', dryRun: 'false' });
      expect(done.status).toBe(201);
      expect(done.body.itemIds).toHaveLength(6);
      expect(await itemCount()).toBe(before + 6);
      const drafts = await stack.db.query(
        `SELECT status, deadline::text, lead_unit_id, supervising_leader_id FROM items WHERE id = ANY($1) ORDER BY deadline`,
        [done.body.itemIds],
      );
      expect(drafts.every((d: { status: string }) => d.status === 'draft')).toBe(true);
      expect(drafts[0]).toMatchObject({ deadline: '2024-02-08', lead_unit_id: stack.directory.units.yjj });
      const [record] = await stack.db.query(`SELECT * FROM plan_imports WHERE id = $1`, [done.body.importId]);
      expect(record).toMatchObject({ file_name: file, plan_year: 2024, imported_by: stack.directory.users.office });
      expect(record.item_ids).toEqual(done.body.itemIds);
    }
  });

  it('reads a GBK csv', async () => {
    const gbk = await upload('/api/items/import', await readFile(resolve(SAMPLES, 'plan-gbk.csv')), 'plan-gbk.csv');
    expect(gbk.status).toBe(200);
    expect(gbk.body.planYear).toBe(2024); // from the title row
    expect(gbk.body.rows.map((r: { title: string; deadline: string }) => [r.title, r.deadline])).toEqual([
      ['春节前安全生产隐患排查整治', '2024-02-08'],
      ['新增中小学学位', '2024-08-30'],
    ]);
  });

  it('resolves units by alias and expands 各街道 to every unit of that kind', async () => {
    const plan = csvPlan('1,街道安全巡查,逐楼排查,安全隐患整改,应急局,各街道,孙丽,2027年6月底前,每月底');
    const dry = await upload('/api/items/import', plan, 'kinds.csv');
    expect(dry.status).toBe(200);
    expect(dry.body.rows[0]).toMatchObject({
      leadUnit: { id: stack.directory.units.yjj, name: '应急管理局' },
      leadUnitPhrase: '应急局',
      cooperatingUnitsPhrase: '各街道',
      deadlinePhrase: '2027年6月底前',
      reportingCadence: { kind: 'month_end' },
    });
    expect(dry.body.rows[0].cooperatingUnits.map((u: { name: string }) => u.name).sort()).toEqual([
      '博兴街道',
      '荣华街道',
    ]);
  });

  it('creates nothing when one row fails, and lists every problem by row and column', async () => {
    const before = await itemCount();
    const imports = await importCount();
    const good = (n: number) =>
      `${n},第${n}项任务,推进项目,重大项目,经济发展局,投资促进局,李强,2027-03-31,每10个工作日`;
    const oneBad = csvPlan(
      good(1),
      good(2),
      '3,政策宣传,扩大覆盖面,重点工作,营商合作局,,王刚,三季度中,每月25日前',
      good(4),
    );
    const refused = await upload('/api/items/import', oneBad, 'one-bad.csv', { dryRun: 'false' });
    expect(refused.status).toBe(422);
    const [error, ...more] = refused.body.problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(more).toEqual([]);
    expect(error).toMatchObject({
      row: 4,
      column: 'H',
      header: '完成时限',
      field: 'deadline',
      code: 'deadline_unreadable',
    });
    expect(error.message).toContain('第 4 行「完成时限」：无法识别“三季度中”');
    expect(error.messageEn).toContain('Row 4, 完成时限 (deadline)');
    expect(refused.body.message).toEqual([error.messageEn]);
    expect(await itemCount()).toBe(before);
    expect(await importCount()).toBe(imports);

    const threeBad = csvPlan(good(1), '2,链主招商,产业链带动,重点工作,投资促进局,不存在局,吴涛,2027-09-30,每两周');
    const listed = await upload('/api/items/import', threeBad, 'bad.csv', { dryRun: 'false' });
    expect(listed.status).toBe(422);
    expect(
      listed.body.problems
        .filter((p: { severity: string }) => p.severity === 'error')
        .map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code]),
    ).toEqual([
      [3, 'F', 'unit_unknown'],
      [3, 'I', 'cadence_unreadable'],
    ]);
    expect(await itemCount()).toBe(before);
  });

  it('answers the plan with its bad cells marked and commented, a csv as xlsx', async () => {
    const plan = csvPlan('1,政策宣传,扩大覆盖面,重点工作,营商合作局,,王刚,三季度中,每月25日前');
    const marked = await upload('/api/items/import/marked-up', plan, 'bad.csv');
    expect(marked.status).toBe(200);
    expect(marked.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(marked.bytes as unknown as ArrayBuffer);
    const cell = book.worksheets[0].getCell('H2');
    expect(cell.value).toBe('三季度中');
    expect(String(cell.note)).toContain('无法识别“三季度中”');
  });

  it('notices the same content twice: 409 naming the earlier import, then imported when confirmed', async () => {
    const plan = csvPlan('1,重复导入检查,内容,重点工作,经济发展局,,李强,2027-06-30,');
    const first = await upload('/api/items/import', plan, 'twice.csv', { dryRun: 'false' });
    expect(first.status).toBe(201);
    const dry = await upload('/api/items/import', plan, 'twice-again.csv');
    expect(dry.status).toBe(200);
    expect(dry.body.duplicateOf).toMatchObject({ id: first.body.importId, fileName: 'twice.csv', itemCount: 1 });
    const before = await itemCount();
    const again = await upload('/api/items/import', plan, 'twice-again.csv', { dryRun: 'false' });
    expect(again.status).toBe(409);
    expect(again.body.earlierImport).toMatchObject({ id: first.body.importId, fileName: 'twice.csv' });
    expect(again.body.message).toContain('confirmDuplicate');
    expect(await itemCount()).toBe(before);
    const confirmed = await upload('/api/items/import', plan, 'twice-again.csv', {
      dryRun: 'false',
      confirmDuplicate: 'true',
    });
    expect(confirmed.status).toBe(201);
    expect(await itemCount()).toBe(before + 1);
  });

  it('refuses what is not a plan: a unit handler (403), a picture (415), a blank sheet (422), a file over the limit (413), no file (400)', async () => {
    const plan = csvPlan('1,无权导入,内容,重点工作,经济发展局,,李强,2027-06-30,');
    expect((await upload('/api/items/import', plan, 'p.csv', {}, 'jfj-handler')).status).toBe(403);
    expect((await upload('/api/items/import/marked-up', plan, 'p.csv', {}, 'jfj-handler')).status).toBe(403);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const picture = await upload('/api/items/import', png, 'plan.xlsx');
    expect(picture.status).toBe(415);
    expect((await upload('/api/items/import/marked-up', png, 'plan.xlsx')).status).toBe(415);
    const blank = await upload('/api/items/import/marked-up', Buffer.from(',,\n,,\n'), 'blank.csv');
    expect(blank.status).toBe(422);
    expect(blank.body.problems.map((p: { code: string }) => p.code)).toEqual(['sheet_empty']);
    const large = await upload('/api/items/import', Buffer.alloc(MAX_BYTES + 1, 0x41), 'large.csv');
    expect(large.status).toBe(413);
    expect(large.body.message).toContain('PLAN_IMPORT_MAX_BYTES');
    const office = await ApiClient.login(stack.baseUrl, 'office');
    expect((await office.post('/api/items/import', {})).status).toBe(400);
    expect((await upload('/api/items/import', plan, 'p.csv', { planYear: 'next' })).body.message).toContain('planYear');
  });

  it("follows the policy's day-off rule: a policy that refuses them makes a Sunday deadline an error", async () => {
    const admin = new ApiClient(stack.baseUrl, tokens.admin);
    const current = (await admin.get('/api/policies')).body[0];
    expect(current.deadlineOnDayOff).toBe('previous_workday');
    const { version: _, ...content } = current;
    const strict = await admin.post('/api/policies', {
      ...content,
      name: '休息日时限不导入',
      deadlineOnDayOff: 'refuse',
    });
    expect(strict.status).toBe(201);
    expect(strict.body.deadlineOnDayOff).toBe('refuse');
    const plan = csvPlan('1,周日时限,内容,重点工作,经济发展局,,李强,2027-03-28,');
    const refused = await upload('/api/items/import', plan, 'sunday.csv');
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((p: { code: string }) => p.code)).toContain('deadline_day_off');
    expect((await admin.post('/api/policies', content)).status).toBe(201);
  });
});
