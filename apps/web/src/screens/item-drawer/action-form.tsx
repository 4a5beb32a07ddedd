import { Alert, Form, Input, InputNumber, Radio, Select, TreeSelect, type FormInstance, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { Item, ItemAction, Unit } from '../../api';
import { unitTree } from '../../components/unit-tree';
import { useBusinessCalendar } from '../../hooks/use-business-calendar';
import { useI18n } from '../../i18n/lang-context';
import { DeadlinePicker, dayOffRule } from '../drafts/deadline-picker';
import { EvidenceUpload } from './evidence-upload';
import type { ActionValues, WorkAction } from './item-commands';

// The API's limits (TEXT_LIMITS): a note or reason, and a report's text or a summary.
const NOTE = 2000;
const TEXT = 5000;

interface Props {
  item: Item;
  action: ItemAction & { type: WorkAction };
  form: FormInstance<ActionValues>;
  /** Every unit, for reassigning (loaded only for the office). */
  units?: Unit[];
  onSubmit: (values: ActionValues) => unknown;
  /** Raised while an evidence file is still uploading. */
  onUploading?: (busy: boolean) => void;
}

/** The form of one action: exactly what its command asks for, checked as the API checks it before it is sent. */
export function ActionForm({ item, action, form, units, onSubmit, onUploading }: Props) {
  const { t } = useI18n();
  const w = t.work;
  const v = t.validation;
  const calendar = useBusinessCalendar();
  const decision = Form.useWatch('decision', form);
  const leadUnitId = Form.useWatch('leadUnitId', form);
  const leadTree = useMemo(() => unitTree(units ?? []), [units]);
  const cooperatingTree = useMemo(
    () => unitTree(units ?? [], { disabled: leadUnitId ? [leadUnitId] : [] }),
    [units, leadUnitId],
  );

  const text = (field: string, max: number, required: boolean): FormRule[] => [
    ...(required ? [{ required: true, message: v.required(field) }] : []),
    { max, message: v.tooLong(field, max) },
    ...(required ? [{ pattern: /\S/, message: v.blank(field) }] : []),
  ];
  const after = (date: string | undefined): FormRule => ({
    validator: async (_, value: Dayjs | undefined) => {
      if (value && date && !value.isAfter(dayjs(date), 'day')) throw new Error(w.mustBeAfter(date));
    },
  });
  const dateField = (label: string) => (
    <Form.Item
      name="date"
      label={label}
      extra={action.after ? w.mustBeAfter(action.after) : undefined}
      rules={[{ required: true, message: v.choose(label) }, after(action.after), dayOffRule(calendar, t)]}
    >
      <DeadlinePicker calendar={calendar} data-testid="action-date" />
    </Form.Item>
  );
  const reasonField = (label = w.reason) => (
    <Form.Item name="reason" label={label} rules={text(label, NOTE, action.reason === 'required')}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  const commentField = (
    <Form.Item name="comment" label={w.comment} rules={text(w.comment, NOTE, false)}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
  const evidenceField = (
    <Form.Item name="attachmentIds" label={w.evidence} extra={w.uploadHint}>
      <EvidenceUpload itemId={item.id} onBusy={onUploading} />
    </Form.Item>
  );
  // Sign-off, review: approve, or return with a reason.
  const decisionFields = (approve: string) => (
    <>
      <Form.Item name="decision" label={w.decision} rules={[{ required: true, message: v.choose(w.decision) }]}>
        <Radio.Group
          options={[
            { value: 'approve', label: approve },
            { value: 'return', label: w.returnIt },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={decision === 'return' ? w.returnReason : w.comment}
        rules={[
          ...(decision === 'return' ? [{ required: true, message: w.returnReasonRequired }] : []),
          ...text(w.comment, NOTE, false),
          ...(decision === 'return' ? [{ pattern: /\S/, message: w.returnReasonRequired }] : []),
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );

  const fields = (() => {
    switch (action.type) {
      case 'acknowledge':
      case 'confirm':
        return commentField;
      case 'report_progress':
        return (
          <>
            <Form.Item name="text" label={w.progressText} rules={text(w.progressText, TEXT, true)}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Form.Item
              name="percent"
              label={w.percent}
              rules={[
                { required: true, message: v.required(w.percent) },
                { type: 'integer', min: 0, max: 100, message: v.range(w.percent, 0, 100) },
              ]}
            >
              <InputNumber style={{ width: 120 }} />
            </Form.Item>
            {item.milestones.length > 0 && (
              <Form.Item label={w.milestoneActuals} style={{ marginBottom: 0 }}>
                {item.milestones.map((m) => (
                  <Form.Item
                    key={m.id}
                    name={['milestoneValues', m.id]}
                    label={m.title}
                    extra={
                      m.targetValue === null ? undefined : w.milestoneTarget(`${m.targetValue} ${m.valueUnit ?? ''}`)
                    }
                  >
                    <InputNumber
                      style={{ width: 180 }}
                      suffix={m.valueUnit ?? undefined}
                      data-testid="milestone-value"
                      aria-label={m.title}
                    />
                  </Form.Item>
                ))}
              </Form.Item>
            )}
            {evidenceField}
          </>
        );
      case 'request_completion':
        return (
          <>
            <Form.Item name="summary" label={w.summary} rules={text(w.summary, TEXT, true)}>
              <Input.TextArea rows={4} />
            </Form.Item>
            {evidenceField}
          </>
        );
      case 'signoff':
        return decisionFields(w.approveSignoff);
      case 'review':
        return decisionFields(w.approveReview);
      case 'request_extension':
        return (
          <>
            {dateField(w.requestedDeadline)}
            {reasonField()}
          </>
        );
      case 'change_deadline':
        return (
          <>
            {dateField(w.newDeadline)}
            {reasonField()}
          </>
        );
      case 'decide_extension': {
        const extension = action.extension;
        return (
          <>
            {extension && (
              <Alert
                type={extension.approvable ? 'info' : 'warning'}
                style={{ marginBottom: 16 }}
                title={w.extensionToDecide(extension.requestedDeadline)}
                description={
                  [item.pendingExtension?.reason, extension.approvable ? null : w.notApprovable]
                    .filter(Boolean)
                    .join('；') || undefined
                }
              />
            )}
            <Form.Item name="decision" label={w.decision} rules={[{ required: true, message: v.choose(w.decision) }]}>
              <Radio.Group
                options={[
                  { value: 'approve', label: w.approveExtension, disabled: extension?.approvable === false },
                  { value: 'reject', label: w.reject },
                ]}
              />
            </Form.Item>
            {commentField}
          </>
        );
      }
      case 'request_confirmation':
        return (
          <>
            <Form.Item
              name="unitId"
              label={w.confirmUnit}
              rules={[{ required: true, message: v.choose(w.confirmUnit) }]}
            >
              <Select
                options={(action.unitIds ?? []).map((id) => ({
                  value: id,
                  label: item.cooperatingUnits.find((u) => u.id === id)?.name ?? id,
                }))}
              />
            </Form.Item>
            {reasonField(w.confirmNote)}
          </>
        );
      case 'reassign':
        return (
          <>
            <Form.Item
              name="leadUnitId"
              label={w.newLeadUnit}
              rules={[{ required: true, message: v.choose(w.newLeadUnit) }]}
            >
              <TreeSelect
                treeData={leadTree}
                loading={units === undefined}
                treeDefaultExpandAll
                showSearch
                treeNodeFilterProp="title"
              />
            </Form.Item>
            <Form.Item name="cooperatingUnitIds" label={w.newCooperatingUnits}>
              <TreeSelect
                treeData={cooperatingTree}
                treeDefaultExpandAll
                multiple
                showSearch
                treeNodeFilterProp="title"
              />
            </Form.Item>
            {reasonField()}
          </>
        );
      case 'suspend':
      case 'resume':
      case 'cancel':
        return reasonField();
      case 'rate':
        return (
          <>
            <Form.Item name="grade" label={w.grade} rules={[{ required: true, message: v.choose(w.grade) }]}>
              <Radio.Group
                options={(['excellent', 'good', 'fair', 'poor'] as const).map((g) => ({
                  value: g,
                  label: w.grades[g],
                }))}
              />
            </Form.Item>
            {commentField}
          </>
        );
    }
  })();

  return (
    <Form<ActionValues>
      form={form}
      layout="vertical"
      name={`action-${action.type}`}
      data-testid="action-form"
      initialValues={initialValues(item, action)}
      onFinish={onSubmit}
    >
      {fields}
    </Form>
  );
}

/** What a form starts with: the progress reached so far, the item's own units when reassigning. */
function initialValues(item: Item, action: ItemAction): ActionValues {
  if (action.type === 'report_progress') {
    return {
      percent: item.progressPercent,
      milestoneValues: Object.fromEntries(item.milestones.map((m) => [m.id, m.actualValue ?? undefined])),
    };
  }
  if (action.type === 'reassign') return { cooperatingUnitIds: item.cooperatingUnits.map((u) => u.id) };
  return {};
}
