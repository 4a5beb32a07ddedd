import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Switch, Table, Tooltip } from 'antd';
import { useEffect } from 'react';
import type { Policy } from '../../api';
import { useI18n } from '../../i18n/lang-context';
import {
  COLOURS,
  DAY_OFF_RULES,
  policyBody,
  policyValues,
  RECIPIENTS,
  ruleKey,
  TRIGGERS,
  type CreatePolicy,
  type PolicyValues,
  type RuleValues,
} from './policy-values';

// An exact ISO 8601 duration in weeks, days, hours, minutes or seconds (years and months have no fixed length).
const DURATION = /^P(?=\d|T\d)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

interface Props {
  /** The version the form starts from (the newest); none: an empty form. */
  base: Policy | undefined;
  onSubmit: (body: CreatePolicy) => void;
  /** The form, so a dialog's Save can submit it. */
  form: ReturnType<typeof Form.useForm<PolicyValues>>[0];
}

/** A new escalation policy version, written in a form: its name, risk margin and one row per rule. */
export function PolicyForm({ base, onSubmit, form }: Props) {
  const { t } = useI18n();
  const p = t.policyForm;
  const v = t.validation;
  useEffect(() => form.setFieldsValue(policyValues(base)), [base, form]);

  return (
    <Form<PolicyValues>
      form={form}
      layout="vertical"
      name="policy"
      initialValues={policyValues(base)}
      onFinish={(values) => onSubmit(policyBody(values))}
    >
      <Space size={24} align="start" wrap>
        <Form.Item
          name="name"
          label={p.name}
          style={{ width: 320 }}
          rules={[
            { required: true, message: v.required(p.name) },
            { pattern: /\S/, message: v.blank(p.name) },
            { max: 100, message: v.tooLong(p.name, 100) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="riskMarginPoints"
          label={p.riskMargin}
          tooltip={p.riskMarginHelp}
          rules={[
            { required: true, message: v.required(p.riskMargin) },
            { type: 'integer', min: 0, max: 100, message: v.range(p.riskMargin, 0, 100) },
          ]}
        >
          <InputNumber style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="workdayDeadlinesOnly" label={p.workdayOnly} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="deadlineOnDayOff" label={p.dayOffRule}>
          <Select style={{ width: 200 }} options={DAY_OFF_RULES.map((r) => ({ value: r, label: p.dayOffRules[r] }))} />
        </Form.Item>
      </Space>
      <Form.List
        name="rules"
        rules={[
          {
            validator: async (_, rules?: RuleValues[]) => {
              if (!rules?.length) throw new Error(p.atLeastOneRule);
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              data-testid="policy-rules"
              onRow={() => ({ 'data-testid': 'policy-rule' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t.trigger,
                  width: 130,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'trigger']} noStyle>
                      <Select
                        aria-label={t.trigger}
                        style={{ width: 120 }}
                        options={TRIGGERS.map((x) => ({ value: x, label: t.triggers[x] }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t.offset,
                  width: 230,
                  render: (_, f) => <OffsetFields name={f.name} />,
                },
                {
                  title: t.colour,
                  width: 100,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'colour']} noStyle>
                      <Select
                        aria-label={t.colour}
                        style={{ width: 90 }}
                        options={[
                          { value: 'keep', label: p.keepColour },
                          ...COLOURS.map((c) => ({ value: c, label: t.colours[c] })),
                        ]}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t.level,
                  width: 100,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'level']} noStyle>
                      <Select
                        aria-label={t.level}
                        style={{ width: 90 }}
                        options={[0, 1, 2, 3].map((l) => ({ value: l, label: l ? p.levelName(l) : p.levelNone }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t.recipients,
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'recipients']}
                      rules={[{ required: true, type: 'array', min: 1, message: v.choose(t.recipients) }]}
                      style={{ margin: 0 }}
                    >
                      <Select
                        aria-label={t.recipients}
                        mode="multiple"
                        style={{ minWidth: 180 }}
                        options={RECIPIENTS.map((r) => ({ value: r, label: t.recipientNames[r] }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: p.bulletin,
                  width: 80,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'bulletin']} valuePropName="checked" noStyle>
                      <Checkbox aria-label={p.bulletin} />
                    </Form.Item>
                  ),
                },
                {
                  width: 40,
                  render: (_, f) => (
                    <Tooltip title={p.removeRule}>
                      <Button size="small" type="text" danger aria-label={p.removeRule} onClick={() => remove(f.name)}>
                        ✕
                      </Button>
                    </Tooltip>
                  ),
                },
              ]}
            />
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              style={{ marginTop: 8 }}
              onClick={() =>
                add({
                  trigger: 'after_deadline',
                  offsetIn: 'workdays',
                  workdays: 1,
                  colour: 'keep',
                  level: 0,
                  recipients: [],
                  bulletin: false,
                } satisfies RuleValues)
              }
            >
              + {p.addRule}
            </Button>
          </>
        )}
      </Form.List>
    </Form>
  );
}

/** A rule's time: a number of workdays, or an exact duration; two rules may not share a trigger and time. */
function OffsetFields({ name }: { name: number }) {
  const { t } = useI18n();
  const p = t.policyForm;
  const v = t.validation;
  const form = Form.useFormInstance<PolicyValues>();
  const offsetIn = Form.useWatch(['rules', name, 'offsetIn'], form);
  const unique = {
    validator: async () => {
      const rules = (form.getFieldValue('rules') as RuleValues[] | undefined) ?? [];
      const key = ruleKey(rules[name] ?? {});
      if (rules.some((r, i) => i !== name && ruleKey(r) === key)) throw new Error(p.duplicateRule);
    },
  };
  return (
    <Space.Compact>
      <Form.Item name={[name, 'offsetIn']} noStyle>
        <Select
          aria-label={p.offsetIn}
          style={{ width: 96 }}
          options={[
            { value: 'workdays', label: p.offsetKinds.workdays },
            { value: 'duration', label: p.offsetKinds.duration },
          ]}
        />
      </Form.Item>
      {offsetIn === 'duration' ? (
        <Form.Item
          name={[name, 'duration']}
          style={{ margin: 0 }}
          dependencies={[['rules', name, 'trigger'], ['rules', name, 'offsetIn'], 'rules']}
          rules={[
            { required: true, message: v.required(p.offsetValue) },
            { pattern: DURATION, message: v.duration },
            unique,
          ]}
        >
          <Input aria-label={p.offsetValue} placeholder={p.durationPlaceholder} style={{ width: 120 }} />
        </Form.Item>
      ) : (
        <Form.Item
          name={[name, 'workdays']}
          style={{ margin: 0 }}
          dependencies={[['rules', name, 'trigger'], ['rules', name, 'offsetIn'], 'rules']}
          rules={[
            { required: true, message: v.required(p.offsetValue) },
            { type: 'integer', min: 0, max: 250, message: v.range(p.offsetValue, 0, 250) },
            unique,
          ]}
        >
          <InputNumber aria-label={p.offsetValue} style={{ width: 120 }} />
        </Form.Item>
      )}
    </Space.Compact>
  );
}
