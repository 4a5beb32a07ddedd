import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anItem, calendarYear, UNITS } from '../../test/factories';
import { fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { DraftForm } from './draft-form';
import { draftValues, type DraftBody } from './draft-values';

const LEADERS = [{ id: 'l-1', displayName: '王副主任' }];

function setup(lang: 'zh' | 'en' = 'zh', initial?: Parameters<typeof DraftForm>[0]['initial']) {
  const calls = fakeApi([
    ok('GET', /^\/calendar\/\d+$/, (_: unknown, path: string) => calendarYear(Number(path.split('/')[2]))),
  ]);
  const submitted: DraftBody[] = [];
  const user = userEvent.setup({ delay: null });
  renderConsole(
    <DraftForm units={UNITS} leaders={LEADERS} initial={initial} onSubmit={(body) => submitted.push(body)} />,
    lang,
  );
  return { user, submitted, calls };
}

/** Enters text into a field as one paste (typing key by key adds nothing here but time). */
async function enter(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

/** Enters a date (or a time) into a picker and leaves it, as a user who knows the date would. */
async function pickDate(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, date: string) {
  await user.click(input);
  await user.clear(input);
  await user.paste(date);
  await user.tab();
}

const deadlineInput = () => screen.getByLabelText('完成时限');
const save = () => screen.getByRole('button', { name: /保\s*存/ });

describe('the draft form', () => {
  it('says what is missing, in Chinese, before anything is sent', async () => {
    const { user, submitted } = setup();
    await user.click(save());
    await screen.findByText('请填写重点任务');
    expect(screen.getByText('请选择类别')).toBeTruthy();
    expect(screen.getByText('请选择牵头单位')).toBeTruthy();
    expect(screen.getByText('请选择完成时限')).toBeTruthy();
    expect(submitted).toEqual([]);
  });

  it("holds the title and content to the API's limits: not only spaces, at most 200 and 5000 characters", async () => {
    const { user } = setup();
    const title = screen.getByLabelText('重点任务');
    await enter(user, title, '   ');
    await screen.findByText('重点任务不能只有空格');
    await user.clear(title);
    await user.click(title);
    await user.paste('督'.repeat(201));
    await screen.findByText('重点任务不能超过 200 个字');
    await user.clear(title);
    await user.paste('督'.repeat(200));
    await waitFor(() => expect(screen.queryByText('重点任务不能超过 200 个字')).toBeNull());

    await user.click(screen.getByLabelText('具体措施'));
    await user.paste('措'.repeat(5001));
    await screen.findByText('具体措施不能超过 5000 个字');
  });

  it("refuses a milestone due after the item's deadline", async () => {
    const { user } = setup();
    await pickDate(user, deadlineInput(), '2026-03-31');
    await user.click(screen.getByRole('button', { name: /添加节点/ }));
    const milestone = screen.getByTestId('milestone');
    await enter(user, within(milestone).getByLabelText('节点任务'), '完成一季度投资 30 亿元');
    await pickDate(user, within(milestone).getByPlaceholderText('请选择日期'), '2026-04-15');
    await screen.findByText('节点时限不能晚于事项的完成时限');
  });

  it('warns under the deadline when a holiday or a weekend is picked, marks the days off in the picker, and not a worked Saturday', async () => {
    const { user } = setup();
    await pickDate(user, deadlineInput(), '2026-10-01');
    await screen.findByText('所选日期是法定节假日，非工作日');
    // The open panel shows October 2026 with its holidays marked 休 and the worked Saturday 班.
    await user.click(deadlineInput());
    await waitFor(() =>
      expect(document.querySelector('[title="2026-10-01"] [data-day-kind="holiday"]')).not.toBeNull(),
    );
    expect(document.querySelector('[title="2026-10-10"] [data-day-kind="adjusted"]')?.textContent).toContain('班');
    expect(document.querySelector('[title="2026-10-09"] [data-day-kind]')).toBeNull();
    // A plain weekend is red, without the 休 of a holiday.
    expect(document.querySelector('[title="2026-10-17"] [data-day-kind="weekend"]')?.textContent).toBe('17');

    await pickDate(user, deadlineInput(), '2026-10-10');
    await waitFor(() => expect(screen.queryByText('所选日期是法定节假日，非工作日')).toBeNull());
    expect(screen.queryByText(/非工作日/)).toBeNull();

    await pickDate(user, deadlineInput(), '2026-10-17');
    await screen.findByText('所选日期是周末，非工作日');
  });

  it('says the same in English', async () => {
    const { user } = setup('en');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Item is required');
    await pickDate(user, screen.getByLabelText('Deadline'), '2026-10-01');
    await screen.findByText('The chosen day is a public holiday, not a workday');
  });

  it('sends the whole draft: trimmed, the exact time in Shanghai, the milestones, and no lead unit among the cooperating ones', async () => {
    const { user, submitted } = setup();
    await enter(user, screen.getByLabelText('重点任务'), '  一季度固定资产投资实现开门红 ');
    await user.click(screen.getByLabelText('类别'));
    await user.click(await screen.findByTitle('重大项目'));
    // 投资促进局 cooperates, then is made the lead unit: it leaves the cooperating units.
    await user.click(screen.getByLabelText('配合单位'));
    await user.click(await screen.findByTitle('投资促进局'));
    await user.click(screen.getByLabelText('牵头单位'));
    const choices = await screen.findAllByTitle('投资促进局');
    await user.click(choices[choices.length - 1]);
    await pickDate(user, deadlineInput(), '2026-03-31');
    await pickDate(user, screen.getByLabelText('具体时间'), '17:30');
    await user.click(screen.getByLabelText('报送频次'));
    await user.click(await screen.findByTitle('每 N 个工作日'));
    await enter(user, await screen.findByLabelText('间隔工作日数'), '10');
    await user.click(screen.getByRole('button', { name: /添加节点/ }));
    const milestone = screen.getByTestId('milestone');
    await enter(user, within(milestone).getByLabelText('节点任务'), '完成一季度投资');
    await pickDate(user, within(milestone).getByPlaceholderText('请选择日期'), '2026-03-20');
    await enter(user, within(milestone).getByLabelText('目标值'), '30');
    await enter(user, within(milestone).getByLabelText('计量单位'), '亿元');
    await user.click(save());
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toEqual({
      title: '一季度固定资产投资实现开门红',
      content: null,
      category: '重大项目',
      source: null,
      priority: 'normal',
      leadUnitId: 'u-tcj',
      cooperatingUnitIds: [],
      supervisingLeaderId: null,
      supervisingLeaderText: null,
      deadline: '2026-03-31',
      deadlineAt: '2026-03-31T17:30:00+08:00',
      reportingCadence: { kind: 'workdays', every: 10 },
      milestones: [{ title: '完成一季度投资', deadline: '2026-03-20', targetValue: 30, valueUnit: '亿元' }],
    });
  });

  it('opens a draft for editing as it is, exact time included, and saves it whole', async () => {
    const draft = anItem({
      status: 'draft',
      title: '汛前排水管网清淤',
      category: '安全隐患整改',
      source: '2026年第2次工委会议',
      deadline: '2026-05-29',
      deadlineAt: '2026-05-29T17:30:00.000+08:00',
      dueAt: '2026-05-29T17:30:00.000+08:00',
      cooperatingUnits: [{ id: 'u-tcj', name: '投资促进局' }],
      supervisingLeader: LEADERS[0],
      reportingCadence: { kind: 'monthly', day: 25 },
      milestones: [
        { id: 'm1', title: '完成排查', deadline: '2026-04-30', targetValue: 120, valueUnit: '公里', actualValue: null },
      ],
    });
    const { user, submitted } = setup('zh', draftValues(draft));
    expect((screen.getByLabelText('具体时间') as HTMLInputElement).value).toBe('17:30');
    expect((screen.getByLabelText('完成时限') as HTMLInputElement).value).toBe('2026-05-29');
    expect(screen.getByText('王副主任')).toBeTruthy();
    expect(screen.getByTitle('投资促进局')).toBeTruthy();
    await user.clear(screen.getByLabelText('来源'));
    await user.click(save());
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toMatchObject({
      title: '汛前排水管网清淤',
      source: null, // cleared, and said so: an edit sends null rather than leaving the old value
      leadUnitId: 'u-jfj',
      cooperatingUnitIds: ['u-tcj'],
      supervisingLeaderId: 'l-1',
      deadlineAt: '2026-05-29T17:30:00+08:00',
      reportingCadence: { kind: 'monthly', day: 25 },
      milestones: [{ title: '完成排查', deadline: '2026-04-30', targetValue: 120, valueUnit: '公里' }],
    });
  });
});
