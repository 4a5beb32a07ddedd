import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deferred, fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { PlanImportScreen, type PlanImport, type PlanProblem, type PlanRow } from './plan-import-screen';
import { sendPlan, type PlanAnswer } from './plan-upload';

jest.mock('./plan-upload', () => ({
  ...jest.requireActual('./plan-upload'),
  sendPlan: jest.fn(),
}));
const send = sendPlan as jest.MockedFunction<typeof sendPlan>;

const moved: PlanProblem = {
  row: 3,
  column: 'H',
  header: '完成时限',
  field: 'deadline',
  severity: 'warning',
  code: 'deadline_moved',
  message: '第 3 行「完成时限」：2024年3月31日（星期日）是休息日，已按督办规则提前到前一个工作日 2024年3月29日',
  messageEn: 'Row 3, 完成时限 (deadline): 2024-03-31 (Sunday) is a day off; moved to the workday before, 2024-03-29',
};

const aRow = (overrides: Partial<PlanRow> = {}): PlanRow => ({
  row: 3,
  seq: '1',
  title: '一季度固定资产投资实现“开门红”',
  content: '用好重大项目工作推进机制',
  category: '重大项目',
  leadUnit: { id: 'u-jfj', name: '经济发展局' },
  cooperatingUnits: [
    { id: 'u-bx', name: '博兴街道' },
    { id: 'u-rh', name: '荣华街道' },
  ],
  leadUnitPhrase: '经发局',
  cooperatingUnitsPhrase: '各街道',
  supervisingLeader: { id: 'l-1', displayName: '李强' },
  leaderText: null,
  deadline: '2024-03-29',
  deadlinePhrase: '2024-03-31',
  movedFrom: '2024-03-31',
  milestones: [],
  reportingCadence: { kind: 'workdays', every: 10 },
  cadencePhrase: '每10个工作日',
  warnings: [moved],
  itemId: null,
  ...overrides,
});

const preview = (overrides: Partial<PlanImport> = {}): PlanImport => ({
  dryRun: true,
  importId: null,
  fileName: 'plan-2024.xlsx',
  sha256: 'a'.repeat(64),
  format: 'xlsx',
  planYear: 2024,
  planYearFrom: 'option',
  headerRow: 2,
  rows: [
    aRow(),
    aRow({
      row: 4,
      title: '政策宣传全覆盖',
      supervisingLeader: null,
      leaderText: '张三',
      warnings: [],
      movedFrom: null,
      deadline: '2024-06-28',
      deadlinePhrase: '6月底前',
    }),
  ],
  warnings: [moved],
  skipped: [],
  itemIds: [],
  duplicateOf: null,
  ...overrides,
});

const answer = (status: number, json: unknown): PlanAnswer => ({ status, json, file: null });
const planFile = () => new File(['plan'], 'plan-2024.xlsx', { type: 'application/octet-stream' });

function setup(lang: 'zh' | 'en' = 'zh') {
  const calls = fakeApi([
    ok('POST', /^\/items\/[\w-]+\/publish$/, (_: unknown, path: string) => ({
      id: path.split('/')[2],
      status: 'assigned',
    })),
  ]);
  const user = userEvent.setup({ delay: null });
  renderConsole(<PlanImportScreen />, lang);
  const upload = async (file = planFile()) =>
    user.upload(document.querySelector('input[type=file]') as HTMLInputElement, file);
  return { user, calls, upload };
}

beforeEach(() => send.mockReset());

describe('the plan import page (分工方案导入)', () => {
  it('previews the rows with units, leader and deadline resolved, then imports them and publishes them all', async () => {
    const { user, calls, upload } = setup();
    const answered = deferred<PlanAnswer>();
    send.mockImplementationOnce((_route, _file, _fields, onProgress) => {
      onProgress?.(40);
      return answered.promise;
    });
    await user.type(screen.getByLabelText('计划年度'), '2024');
    await upload();
    // While the plan goes up and is read, the bar shows how far it got.
    const progress = await screen.findByTestId('plan-progress');
    expect(progress.textContent).toContain('40%');
    expect(progress.textContent).toContain('正在上传并检查…');
    answered.resolve(answer(200, preview()));
    const table = await screen.findByTestId('plan-preview');
    expect(send).toHaveBeenLastCalledWith(
      '/items/import',
      expect.any(File),
      { dryRun: 'true', planYear: '2024' },
      expect.any(Function),
    );
    expect(within(table).getByText('plan-2024.xlsx：可导入 2 项督办事项（预览，尚未建立）')).toBeTruthy();
    expect(within(table).getByText('1 条提示，不影响导入，请核对')).toBeTruthy();
    // The notes are listed above the table too, not only in its last column.
    expect(within(table).getByTestId('plan-warnings').textContent).toContain('已按督办规则提前到前一个工作日');
    expect(screen.queryByTestId('plan-progress')).toBeNull();
    expect(within(table).getAllByText('经济发展局')).toHaveLength(2);
    expect(within(table).getAllByText('原文: 经发局')).toHaveLength(2);
    expect(within(table).getAllByText('博兴街道、荣华街道')).toHaveLength(2);
    expect(within(table).getAllByText('原文: 各街道')).toHaveLength(2);
    const [first, second] = within(table).getAllByTestId('plan-deadline');
    expect(first.textContent).toBe('2024-03-29原文: 2024-03-31由 2024-03-31 提前');
    expect(second.textContent).toBe('2024-06-28原文: 6月底前');
    expect(within(table).getByText('按文字保存')).toBeTruthy();
    expect(within(table).getByTestId('plan-warning').textContent).toContain(
      '已按督办规则提前到前一个工作日 2024年3月29日',
    );
    expect(within(table).getAllByText('每 10 个工作日')).toHaveLength(2);

    const imported = preview({ dryRun: false, importId: 'imp-1', itemIds: ['i-1', 'i-2'] });
    imported.rows = imported.rows.map((r, i) => ({ ...r, itemId: `i-${i + 1}` }));
    send.mockResolvedValueOnce(answer(201, imported));
    await user.click(screen.getByTestId('plan-import-button'));
    expect(send).toHaveBeenLastCalledWith('/items/import', expect.any(File), { dryRun: 'false', planYear: '2024' });
    await screen.findByText('已导入 2 项草稿');

    await user.click(screen.getByTestId('plan-publish-all'));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await screen.findByText('已交办 2 / 2 项');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /items/i-1/publish', 'POST /items/i-2/publish']);
    expect(within(screen.getByTestId('publish-results')).getAllByText('已交办')).toHaveLength(2);
  });

  it('lists every problem by row and column and downloads the marked-up sheet', async () => {
    const { user, upload } = setup();
    const error: PlanProblem = {
      ...moved,
      severity: 'error',
      code: 'deadline_unreadable',
      row: 21,
      message: '第 21 行「完成时限」：无法识别“三季度中”，请写成具体日期，如 2024年9月30日',
      messageEn: 'Row 21, 完成时限 (deadline): cannot read “三季度中”',
    };
    send.mockResolvedValueOnce(
      answer(422, {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: [error.messageEn],
        problems: [error, moved],
      }),
    );
    await upload();
    const problems = await screen.findByTestId('plan-problems');
    expect(within(problems).getByText('方案中有 1 处错误，未导入任何事项。请按下列位置修改后重新上传。')).toBeTruthy();
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([`21H 完成时限✕${error.message}`, `3H 完成时限!${moved.message}`]);
    expect(screen.queryByTestId('plan-import-button')).toBeNull();

    const blob = new Blob(['xlsx']);
    send.mockResolvedValueOnce({ status: 200, json: null, file: blob });
    const made = jest.fn(() => 'blob:marked-up');
    Object.assign(URL, { createObjectURL: made, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(problems).getByTestId('plan-download-marked-up'));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(send).toHaveBeenLastCalledWith('/items/import/marked-up', expect.any(File), {});
    expect(made).toHaveBeenCalledWith(blob);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('plan-2024-问题标注.xlsx');
  });

  it('asks before importing a plan imported before, and says so in English', async () => {
    const { user, upload } = setup('en');
    const earlier = {
      id: 'imp-0',
      fileName: 'plan-2024.xlsx',
      planYear: 2024,
      importedBy: 'u',
      importedAt: '2026-11-20T02:00:00Z',
      itemCount: 6,
    };
    send.mockResolvedValueOnce(answer(200, preview({ duplicateOf: earlier })));
    await upload();
    const duplicate = await screen.findByTestId('plan-duplicate');
    expect(duplicate.textContent).toContain('The same plan was imported on');
    expect(duplicate.textContent).toContain('(plan-2024.xlsx, 6 items)');
    expect(screen.getByTestId('plan-warning').textContent).toBe(
      'Row 3, 完成时限 (deadline): 2024-03-31 (Sunday) is a day off; moved to the workday before, 2024-03-29',
    );
    const importButton = screen.getByTestId('plan-import-button');
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByText('Import it again'));
    send.mockResolvedValueOnce(answer(201, preview({ dryRun: false, importId: 'imp-2', itemIds: ['i-1', 'i-2'] })));
    await user.click(importButton);
    expect(send).toHaveBeenLastCalledWith('/items/import', expect.any(File), {
      dryRun: 'false',
      confirmDuplicate: 'true',
    });
    await screen.findByText('2 drafts imported');
  });

  it('says when the file is no spreadsheet', async () => {
    const { upload } = setup();
    send.mockResolvedValueOnce(
      answer(415, { statusCode: 415, error: 'Unsupported Media Type', message: 'photo.png: not a spreadsheet' }),
    );
    await upload(new File(['png'], 'photo.xlsx'));
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('上传的不是 Excel（.xlsx）或 CSV 表格');
    expect(alert.textContent).toContain('photo.png: not a spreadsheet');
  });
});
