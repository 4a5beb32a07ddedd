import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Item, type ItemAction, type Unit } from '../../api';
import { apiErrorText, localDetail } from '../../hooks/api-error-text';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { ActionForm } from './action-form';
import { commandRequest, isWorkAction, WORK_ACTIONS, type ActionValues, type WorkAction } from './item-commands';

type WorkItemAction = ItemAction & { type: WorkAction };

// The actions that move the item on for the one who holds it: shown as the primary button.
const MAIN: WorkAction[] = ['acknowledge', 'report_progress', 'signoff', 'review', 'confirm', 'decide_extension'];
const DANGER: WorkAction[] = ['cancel', 'suspend'];

interface Props {
  item: Item;
  /** The command went through: the drawer loads the item and its records afresh. */
  onDone: () => Promise<void> | void;
  /** A refusal: the item is loaded again, as it may have moved on (a race with another user). */
  onRefused: () => Promise<void> | void;
  /** Opens this action's form at once (a to-do's action). */
  initialAction?: WorkAction;
}

interface Refusal {
  action: WorkAction;
  title: string;
  detail?: string;
}

/**
 * Exactly the item's actions for this user, each a button that opens the form of what it needs.
 * A refused command says why next to the action, in the user's language, and the item is reloaded.
 */
export function ItemActions({ item, onDone, onRefused, initialAction }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const actions = WORK_ACTIONS.flatMap((type) =>
    item.actions.filter((a): a is WorkItemAction => a.type === type && isWorkAction(a.type)),
  );
  const [openType, setOpenType] = useState<WorkAction | null>(() =>
    initialAction && actions.some((a) => a.type === initialAction) ? initialAction : null,
  );
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  // One key per form opened: a submit sent again (after a timeout) takes effect once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const units = useApiQuery<Unit[]>(item.actions.some((a) => a.type === 'reassign') ? '/units' : null);

  const open = actions.find((a) => a.type === openType) ?? null;
  // The item moved on (reloaded after a refusal): a form for an action it no longer offers closes.
  useEffect(() => {
    if (openType && !open) setOpenType(null);
  }, [openType, open]);

  const start = (type: WorkAction) => {
    setRefusal(null);
    setIdempotencyKey(crypto.randomUUID());
    setOpenType(type);
  };

  const submit = async (action: WorkItemAction, values: ActionValues) => {
    if (uploading) {
      setRefusal({ action: action.type, title: t.work.uploading });
      return;
    }
    const { path, body } = commandRequest(action, values);
    setBusy(true);
    try {
      await api<Item>('POST', `/items/${item.id}/${path}`, body, { idempotencyKey });
      void message.success(t.work.done[action.type]);
      setOpenType(null);
      setRefusal(null);
      await onDone();
    } catch (error) {
      const text = apiErrorText(error, t);
      setRefusal({
        action: action.type,
        title: `${t.work.refused(t.work.actions[action.type])}：${text.title}`,
        detail: localDetail(text.detail, t, lang),
      });
      await onRefused();
    } finally {
      setBusy(false);
    }
  };

  if (actions.length === 0 && !refusal) return null;
  const refusalAlert = refusal && (
    <Alert
      type="error"
      showIcon
      data-testid="action-refusal"
      style={{ marginBottom: 12 }}
      title={refusal.title}
      description={refusal.detail}
      closable={{ onClose: () => setRefusal(null) }}
    />
  );

  return (
    <div data-testid="item-actions" style={{ marginBottom: 16 }}>
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a.type}
            data-action={a.type}
            type={MAIN.includes(a.type) ? 'primary' : 'default'}
            danger={DANGER.includes(a.type)}
            onClick={() => start(a.type)}
          >
            {t.work.actions[a.type]}
          </Button>
        ))}
      </Space>
      {/* A refusal stays by the actions once its form has closed (the item moved on). */}
      {!open && refusalAlert && <div style={{ marginTop: 12 }}>{refusalAlert}</div>}
      <Modal
        open={open !== null}
        title={open ? `${t.work.actions[open.type]} · ${item.title}` : null}
        okText={t.work.submit}
        cancelText={t.cancel}
        confirmLoading={busy}
        okButtonProps={{ disabled: uploading }}
        onOk={() => form.submit()}
        onCancel={() => setOpenType(null)}
        destroyOnHidden
        data-testid="action-dialog"
      >
        {refusal?.action === open?.type && refusalAlert}
        {open && (
          <ActionForm
            item={item}
            action={open}
            form={form}
            units={units.data}
            onUploading={setUploading}
            onSubmit={(values) => void submit(open, values)}
          />
        )}
      </Modal>
    </div>
  );
}
