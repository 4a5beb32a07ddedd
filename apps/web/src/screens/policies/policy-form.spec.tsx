import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import type { Policy } from '../../api';
import { renderConsole } from '../../test/render';
import { PolicyForm } from './policy-form';
import type { CreatePolicy, PolicyValues } from './policy-values';

const V1: Policy = {
  version: 1,
  name: '默认督办规则',
  riskMarginPoints: 25,
  workdayDeadlinesOnly: false,
  deadlineOnDayOff: 'previous_workday' as const,
  rules: [
    {
      trigger: 'before_deadline',
      offset: { workdays: 5 },
      colour: 'yellow',
      level: 0,
      recipients: ['handler'],
      bulletin: false,
    },
    {
      trigger: 'after_deadline',
      offset: { workdays: 3 },
      colour: 'red',
      level: 2,
      recipients: ['supervising_leader'],
      bulletin: false,
    },
    {
      trigger: 'missed_report',
      offset: { duration: 'PT10M' },
      colour: null,
      level: 0,
      recipients: ['handler'],
      bulletin: false,
    },
  ],
};

function Harness({ base, onSubmit }: { base?: Policy; onSubmit: (body: CreatePolicy) => void }) {
  const [form] = Form.useForm<PolicyValues>();
  return (
    <>
      <PolicyForm base={base} form={form} onSubmit={onSubmit} />
      <Button onClick={() => form.submit()}>提交</Button>
    </>
  );
}

function setup(base: Policy | undefined = V1) {
  const submitted: CreatePolicy[] = [];
  const user = userEvent.setup({ delay: null });
  renderConsole(<Harness base={base} onSubmit={(b) => submitted.push(b)} />);
  return { user, submitted, submit: () => user.click(screen.getByRole('button', { name: /提\s*交/ })) };
}
const rules = () => screen.getAllByTestId('policy-rule');

describe('the policy form', () => {
  it('starts from the newest version and sends it back as the API takes it, workdays or an exact duration', async () => {
    const { user, submitted, submit } = setup();
    expect((screen.getByLabelText('规则名称') as HTMLInputElement).value).toBe('默认督办规则');
    expect(rules()).toHaveLength(3);
    await user.clear(screen.getByLabelText('规则名称'));
    await user.click(screen.getByLabelText('规则名称'));
    await user.paste('2027 年督办规则');
    const second = within(rules()[1]).getByLabelText('数量');
    await user.clear(second);
    await user.paste('4');
    await submit();
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toEqual({
      name: '2027 年督办规则',
      riskMarginPoints: 25,
      workdayDeadlinesOnly: false,
      deadlineOnDayOff: 'previous_workday',
      rules: [
        {
          trigger: 'before_deadline',
          offset: { workdays: 5 },
          colour: 'yellow',
          level: 0,
          recipients: ['handler'],
          bulletin: false,
        },
        {
          trigger: 'after_deadline',
          offset: { workdays: 4 },
          colour: 'red',
          level: 2,
          recipients: ['supervising_leader'],
          bulletin: false,
        },
        {
          trigger: 'missed_report',
          offset: { duration: 'PT10M' },
          colour: null,
          level: 0,
          recipients: ['handler'],
          bulletin: false,
        },
      ],
    });
  });

  it('refuses two rules with the same trigger and time, a rule told to nobody, and a duration that is not one', async () => {
    const { user, submitted, submit } = setup();
    await user.click(screen.getByRole('button', { name: /添加规则/ }));
    expect(rules()).toHaveLength(4);
    // The new rule: after the deadline, 1 workday, no one told. Make it 3 workdays: the same as the second.
    const added = rules()[3];
    await user.clear(within(added).getByLabelText('数量'));
    await user.paste('3');
    const third = within(rules()[2]).getByLabelText('数量');
    await user.clear(third);
    await user.paste('ten minutes');
    await submit();
    await screen.findAllByText('已有相同触发和时点的规则');
    await screen.findByText('请选择通知对象');
    await screen.findByText('请按 ISO 8601 填写间隔，如 P7D（7 天）、PT12H（12 小时）');
    expect(submitted).toHaveLength(0);
  });

  it('refuses a version without rules and a margin out of range, in English too', async () => {
    const submitted: CreatePolicy[] = [];
    const user = userEvent.setup({ delay: null });
    renderConsole(<Harness base={V1} onSubmit={(b) => submitted.push(b)} />, 'en');
    for (let i = 0; i < 3; i++) await user.click(screen.getAllByRole('button', { name: 'Remove this rule' })[0]);
    const margin = screen.getByLabelText(/Progress margin/);
    await user.clear(margin);
    await user.paste('120');
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    await screen.findByText('At least one rule is needed');
    await screen.findByText('Progress margin (points) must be a whole number from 0 to 100');
    expect(submitted).toHaveLength(0);
  });
});
