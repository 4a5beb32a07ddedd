import { DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/lang-context';
import {
  createBody,
  shanghaiNow,
  type CreateDelegation,
  type DelegationColleague,
  type DelegationValues,
} from './delegation-values';

interface Props {
  form: FormInstance<DelegationValues>;
  /** Whom the caller may name (GET /api/delegations/colleagues). */
  colleagues: DelegationColleague[];
  /** An admin names the head too; a unit head delegates its own sign-off. */
  admin: boolean;
  onSubmit: (body: CreateDelegation) => void;
}

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** The form of a new delegation: who signs off (for which head), from when, until when, and why. */
export function DelegationForm({ form, colleagues, admin, onSubmit }: Props) {
  const { t } = useI18n();
  const d = t.delegations;
  const delegatorId = Form.useWatch('delegatorId', form);
  const head = colleagues.find((c) => c.id === delegatorId);
  // An admin's choice of head narrows the delegates to that head's colleagues.
  const delegates = admin
    ? head
      ? colleagues.filter((c) => c.unitId === head.unitId && c.id !== head.id)
      : []
    : colleagues;
  const picker = (testId: string) => (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format={TIME_FORMAT}
      needConfirm={false}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
  return (
    <Form<DelegationValues> form={form} layout="vertical" onFinish={(values) => onSubmit(createBody(values, admin))}>
      {admin && (
        <Form.Item
          name="delegatorId"
          label={d.delegator}
          rules={[{ required: true, message: t.validation.choose(d.delegator) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={colleagues.filter((c) => c.unitHead).map((c) => ({ value: c.id, label: c.displayName }))}
            onChange={() => form.setFieldValue('delegateId', undefined)}
            data-testid="delegation-delegator"
          />
        </Form.Item>
      )}
      <Form.Item
        name="delegateId"
        label={d.delegate}
        rules={[{ required: true, message: t.validation.choose(d.delegate) }]}
        extra={!admin && colleagues.length === 0 ? d.noColleagues : undefined}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={delegates.map((c) => ({ value: c.id, label: c.displayName }))}
          data-testid="delegation-delegate"
        />
      </Form.Item>
      <Form.Item
        name="startsAt"
        label={d.startsAt}
        rules={[{ required: true, message: t.validation.choose(d.startsAt) }]}
      >
        {picker('delegation-starts')}
      </Form.Item>
      <Form.Item
        name="endsAt"
        label={d.endsAt}
        dependencies={['startsAt']}
        rules={[
          { required: true, message: t.validation.choose(d.endsAt) },
          ({ getFieldValue }) => ({
            validator: async (_, value: Dayjs | null | undefined) => {
              const start = getFieldValue('startsAt') as Dayjs | null | undefined;
              if (!value) return;
              if (start && !value.isAfter(start)) throw new Error(d.endAfterStart);
              if (!value.isAfter(shanghaiNow())) throw new Error(d.endInFuture);
            },
          }),
        ]}
      >
        {picker('delegation-ends')}
      </Form.Item>
      <Form.Item name="reason" label={d.reason} rules={[{ max: 500, message: t.validation.tooLong(d.reason, 500) }]}>
        <Input placeholder={d.reasonHint} maxLength={500} />
      </Form.Item>
    </Form>
  );
}
