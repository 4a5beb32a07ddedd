import { Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/lang-context';

interface Props {
  open: boolean;
  title: ReactNode;
  /** The form in the dialog: Save submits it. */
  form: FormInstance;
  busy: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** A dialog holding one form, with Save and Cancel. The form stays mounted, so it can be filled before it opens. */
export function FormModal({ open, title, form, busy, onCancel, children }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      {children}
    </Modal>
  );
}
