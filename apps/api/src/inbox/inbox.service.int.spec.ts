import { DataSource } from 'typeorm';
import { loadConfig } from '@duban/config';
import { decide, draftItemState, type Actor, type ItemCommand, type ItemState, type Role } from '@duban/domain';
import { ItemProjector } from '@duban/item-projection';
import { createTestDatabase, dataSourceOptions, UserEntity } from '@duban/persistence';
import { defaultPolicy, packagedCalendar } from '@duban/testing';
import type { AuthUser } from '../auth/auth-user';
import { ensureDemoDirectory, type DemoDirectory } from '../seed/demo-directory';
import { CalendarService } from '../calendar/calendar.service';
import { DelegationsService } from '../delegations/delegations.service';
import { InboxService } from './inbox.service';

// The middle tier: the inbox's to-dos against a real Postgres, items written by the projection as
// the workflow would, without Temporal.
describe("the inbox's to-dos (real Postgres, no Temporal)", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let directory: DemoDirectory;
  let projector: ItemProjector;
  let inbox: InboxService;
  const now = new Date('2026-03-02T02:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase('duban_inbox');
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    await db.runMigrations();
    directory = await ensureDemoDirectory(db);
    projector = new ItemProjector(db, loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test' }));
    inbox = new InboxService(db, new CalendarService(db), new DelegationsService(db));
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  async function userOf(username: string): Promise<AuthUser> {
    const user = await db.getRepository(UserEntity).findOneByOrFail({ username });
    return {
      userId: user.id,
      unitId: user.unitId,
      roles: user.roles as Role[],
      username,
      displayName: user.displayName,
    };
  }

  /** An item led by 经济发展局 with 投资促进局 cooperating, taken through these commands as the workflow would. */
  async function anItem(title: string, steps: [string, ItemCommand][]): Promise<ItemState> {
    const { units } = directory;
    const [row] = await db.query(
      `INSERT INTO items (title, category, lead_unit_id, cooperating_unit_ids, deadline, due_at, created_by)
       VALUES ($1, '重点工作', $2, $3, '2026-04-30', '2026-04-30T16:00:00Z', $4) RETURNING id`,
      [title, units.jfj, [units.tcj], directory.users.office],
    );
    let state = draftItemState(
      {
        itemId: row.id,
        leadUnitId: units.jfj,
        cooperatingUnitIds: [units.tcj],
        supervisingLeaderId: null,
        deadline: '2026-04-30',
        milestones: [],
        reportingCadence: null,
      },
      defaultPolicy(),
      packagedCalendar(),
    );
    // A minute between steps, as people take them.
    for (const [i, [username, command]] of [
      ['office', { type: 'publish' }] as [string, ItemCommand],
      ...steps,
    ].entries()) {
      const actor: Actor = await userOf(username);
      const outcome = decide(state, command, actor, new Date(now.getTime() + i * 60_000));
      expect(await projector.project(outcome)).toBe('written');
      state = outcome.state;
    }
    return state;
  }

  const todosOf = async (username: string) =>
    (await inbox.todos(await userOf(username))).map((t) => `${t.action}:${t.title}`).sort();

  it("lists each person's waiting items as the rules offer them, and nobody else's", async () => {
    await anItem('待签收', []);
    await anItem('办理中', [['jfj-handler', { type: 'acknowledge' }]]);
    await anItem('待确认', [
      ['jfj-handler', { type: 'acknowledge' }],
      ['jfj-handler', { type: 'request_confirmation', unitId: directory.units.tcj, note: '请确认配套资金' }],
    ]);
    await anItem('待签发', [
      ['jfj-handler', { type: 'acknowledge' }],
      ['jfj-handler', { type: 'request_completion', summary: '已完成' }],
    ]);
    await anItem('待审核', [
      ['jfj-handler', { type: 'acknowledge' }],
      ['jfj-handler', { type: 'request_completion', summary: '已完成' }],
      ['jfj-head', { type: 'signoff', decision: 'approve' }],
    ]);
    await anItem('待批延期', [
      ['jfj-handler', { type: 'acknowledge' }],
      [
        'jfj-handler',
        {
          type: 'request_extension',
          extensionId: '40000000-0000-4000-8000-000000000001',
          requestedDeadline: '2026-06-30',
          reason: '审批未完成',
        },
      ],
    ]);

    expect(await todosOf('jfj-handler')).toEqual(
      ['acknowledge:待签收', 'report_or_complete:办理中', 'report_or_complete:待确认'].sort(),
    );
    expect(await todosOf('jfj-head')).toEqual(['acknowledge:待签收', 'sign_off:待签发'].sort());
    // The cooperating unit confirms what it was asked; it owes nothing else here.
    expect(await todosOf('tcj-handler')).toEqual(['confirm:待确认']);
    expect(await todosOf('office')).toEqual(['decide_extension:待批延期', 'review:待审核'].sort());
    expect(await todosOf('yjj-handler')).toEqual([]); // an unrelated unit
    expect(await todosOf('leader')).toEqual([]);
  });

  it('marks an item sent back to the unit by its head or the office, and says when its next report falls due', async () => {
    const ask: [string, ItemCommand] = ['jfj-handler', { type: 'request_completion', summary: '已完成' }];
    const acknowledge: [string, ItemCommand] = ['jfj-handler', { type: 'acknowledge' }];
    await anItem('单位负责人退回', [
      acknowledge,
      ask,
      ['jfj-head', { type: 'signoff', decision: 'return', comment: '补材料' }],
    ]);
    await anItem('督查室退回', [
      acknowledge,
      ask,
      ['jfj-head', { type: 'signoff', decision: 'approve' }],
      ['office', { type: 'review', decision: 'return', comment: '补编号' }],
    ]);
    await anItem('每十个工作日报送', [acknowledge]);
    await db.query(
      `UPDATE items SET reporting_cadence = '{"kind":"workdays","every":10}' WHERE title = '每十个工作日报送'`,
    );

    const todos = await inbox.todos(await userOf('jfj-handler'));
    const todo = (title: string) => todos.find((t) => t.title === title);
    expect(todo('单位负责人退回')).toMatchObject({ action: 'report_or_complete', returned: true, reportDueAt: null });
    expect(todo('督查室退回')).toMatchObject({ action: 'report_or_complete', returned: true });
    expect(todo('办理中')).toMatchObject({ returned: false, reportDueAt: null });
    // Acknowledged on Monday 2026-03-02: ten workdays on, the end of Monday 2026-03-16.
    expect(todo('每十个工作日报送')).toMatchObject({ returned: false, reportDueAt: '2026-03-17T00:00:00.000+08:00' });
  });
});
