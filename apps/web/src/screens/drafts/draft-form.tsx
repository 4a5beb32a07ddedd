import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, TimePicker, TreeSelect, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { Category, Priority, Unit } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { unitTree } from '../../components/unit-tree';
import { useBusinessCalendar } from '../../hooks/use-business-calendar';
import { useI18n } from '../../i18n/lang-context';
import { DeadlinePicker, dayOffRule } from './deadline-picker';
import {
  CADENCE_KINDS,
  draftBody,
  emptyDraft,
  ISO_DURATION,
  LIMITS,
  type DraftBody,
  type DraftValues,
} from './draft-values';

const CATEGORIES: Category[] = ['重点工作', '民生实事', '重大项目', '领导批示', '会议议定事项', '安全隐患整改'];
const PRIORITIES: Priority[] = ['normal', 'high', 'urgent'];

export interface LeaderChoice {
  id: string;
  displayName: string;
}

interface Props {
  units: Unit[];
  leaders: LeaderChoice[];
  /** Said under the leader picker, e.g. when the list is not complete. */
  leaderNote?: string;
  initial?: DraftValues;
  submitting?: boolean;
  onSubmit: (body: DraftBody) => unknown;
}

/** The office's draft item: every field the API takes, checked against the API's own limits before sending. */
export function DraftForm({ units, leaders, leaderNote, initial, submitting, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<DraftValues>();
  const calendar = useBusinessCalendar();
  const leadUnitId = Form.useWatch('leadUnitId', form);
  const cadenceKind = Form.useWatch('cadenceKind', form) ?? initial?.cadenceKind ?? 'none';
  const leadTree = useMemo(() => unitTree(units), [units]);
  const cooperatingTree = useMemo(
    () => unitTree(units, { disabled: leadUnitId ? [leadUnitId] : [] }),
    [units, leadUnitId],
  );

  const v = t.validation;
  const text = (field: string, max: number, required: boolean): FormRule[] => [
    ...(required ? [{ required: true, message: v.required(field) }] : []),
    { max, message: v.tooLong(field, max) },
    ...(required ? [{ pattern: /\S/, message: v.blank(field) }] : []),
  ];
  const notAfterDeadline: FormRule = ({ getFieldValue }) => ({
    validator: async (_, value: Dayjs | undefined) => {
      const deadline = getFieldValue('deadline') as Dayjs | undefined;
      if (value && deadline && value.isAfter(deadline, 'day')) throw new Error(v.milestoneAfterDeadline);
    },
  });
  const offRule = dayOffRule(calendar, t);
  const wholeNumber = (field: string, max: number): FormRule[] => [
    { required: true, message: v.required(field) },
    { type: 'integer', min: 1, max, message: v.range(field, 1, max) },
  ];

  return (
    <Form<DraftValues>
      form={form}
      name="draft"
      layout="vertical"
      initialValues={initial ?? emptyDraft()}
      onFinish={(values) => onSubmit(draftBody(values))}
      onValuesChange={(changed: Partial<DraftValues>) => {
        // A cooperating unit cannot also lead: choosing it as lead takes it off the cooperating list.
        if (changed.leadUnitId) {
          const cooperating = (form.getFieldValue('cooperatingUnitIds') as string[] | undefined) ?? [];
          form.setFieldValue(
            'cooperatingUnitIds',
            cooperating.filter((id) => id !== changed.leadUnitId),
          );
        }
      }}
      scrollToFirstError
    >
      {calendar.error !== undefined && <ErrorAlert error={calendar.error} />}
      <Form.Item name="title" label={t.title} rules={text(t.title, LIMITS.title, true)}>
        <Input />
      </Form.Item>
      <Form.Item name="content" label={t.content} rules={text(t.content, LIMITS.content, false)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="category" label={t.category} rules={[{ required: true, message: v.choose(t.category) }]}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="priority" label={t.priority}>
            <Radio.Group optionType="button" options={PRIORITIES.map((p) => ({ value: p, label: t.priorities[p] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="source" label={t.source} rules={text(t.source, LIMITS.source, false)}>
            <Input placeholder={t.drafts.sourcePlaceholder} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="leadUnitId" label={t.leadUnit} rules={[{ required: true, message: v.choose(t.leadUnit) }]}>
            <TreeSelect
              treeData={leadTree}
              treeDefaultExpandAll
              showSearch={{ treeNodeFilterProp: 'title' }}
              data-testid="lead-unit"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="cooperatingUnitIds" label={t.cooperatingUnits}>
            <TreeSelect
              treeData={cooperatingTree}
              multiple
              treeDefaultExpandAll
              showSearch={{ treeNodeFilterProp: 'title' }}
              data-testid="cooperating-units"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="deadline"
            label={t.deadline}
            rules={[{ required: true, message: v.choose(t.deadline) }, offRule]}
          >
            <DeadlinePicker calendar={calendar} data-testid="deadline" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="deadlineTime" label={t.deadlineTime}>
            <TimePicker format="HH:mm" minuteStep={5} placeholder={t.drafts.optional} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="supervisingLeaderId" label={t.supervisingLeader} extra={leaderNote}>
            <Select
              allowClear
              notFoundContent={t.drafts.noLeaders}
              options={leaders.map((l) => ({ value: l.id, label: l.displayName }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="cadenceKind" label={t.reportingCadence}>
            <Select options={CADENCE_KINDS.map((k) => ({ value: k, label: t.drafts.cadenceKinds[k] }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          {cadenceKind === 'workdays' && (
            <Form.Item
              name="cadenceEvery"
              label={t.drafts.cadenceEvery}
              rules={wholeNumber(t.drafts.cadenceEvery, LIMITS.cadenceEvery)}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          )}
          {cadenceKind === 'monthly' && (
            <Form.Item
              name="cadenceDay"
              label={t.drafts.cadenceDay}
              rules={wholeNumber(t.drafts.cadenceDay, LIMITS.cadenceDay)}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          )}
          {cadenceKind === 'weekly' && (
            <Form.Item
              name="cadenceWeekday"
              label={t.drafts.cadenceWeekday}
              rules={[{ required: true, message: v.choose(t.drafts.cadenceWeekday) }]}
            >
              <Select options={t.weekdays.map((label, i) => ({ value: i + 1, label }))} />
            </Form.Item>
          )}
          {cadenceKind === 'interval' && (
            <Form.Item
              name="cadenceDuration"
              label={t.drafts.cadenceDuration}
              rules={[
                { required: true, message: v.required(t.drafts.cadenceDuration) },
                { pattern: ISO_DURATION, message: v.duration },
              ]}
            >
              <Input placeholder="P7D" />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.List name="milestones">
        {(fields, { add, remove }) => (
          <Form.Item label={t.milestones}>
            {fields.map(({ key, name }) => (
              <Row gutter={8} key={key} data-testid="milestone" align="top">
                <Col span={8}>
                  <Form.Item name={[name, 'title']} rules={text(t.drafts.milestoneTitle, LIMITS.title, true)}>
                    <Input placeholder={t.drafts.milestoneTitle} aria-label={t.drafts.milestoneTitle} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name={[name, 'deadline']}
                    dependencies={['deadline']}
                    rules={[
                      { required: true, message: v.choose(t.drafts.milestoneDeadline) },
                      notAfterDeadline,
                      offRule,
                    ]}
                  >
                    <DeadlinePicker calendar={calendar} data-testid="milestone-deadline" />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[name, 'targetValue']}>
                    <InputNumber
                      placeholder={t.drafts.targetValue}
                      aria-label={t.drafts.targetValue}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[name, 'valueUnit']} rules={text(t.drafts.valueUnit, LIMITS.valueUnit, false)}>
                    <Input placeholder={t.drafts.valueUnit} aria-label={t.drafts.valueUnit} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="link" danger aria-label={t.drafts.removeMilestone} onClick={() => remove(name)}>
                    {t.delete}
                  </Button>
                </Col>
              </Row>
            ))}
            <Button type="dashed" onClick={() => add()} block>
              + {t.drafts.addMilestone}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {t.save}
      </Button>
    </Form>
  );
}
