import { Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { api, type Attachment } from '../../api';
import { apiErrorText, localDetail } from '../../hooks/api-error-text';
import { useI18n } from '../../i18n/lang-context';

interface Props {
  itemId: string;
  /** The ids of the files uploaded so far (a form field's value). */
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Raised while a file is still on its way: the form waits for it. */
  onBusy?: (busy: boolean) => void;
  id?: string;
}

/**
 * Evidence files (佐证材料), each uploaded to the item as soon as it is chosen (POST
 * /items/{id}/attachments); the form then cites their ids. A refused file says why, in the user's language.
 */
export function EvidenceUpload({ itemId, onChange, onBusy, id }: Props) {
  const { t, lang } = useI18n();
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);

  const update = (next: UploadFile<Attachment>[]) => {
    setFiles(next);
    onChange?.(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));
    onBusy?.(next.some((f) => f.status === 'uploading'));
  };

  return (
    <Upload<Attachment>
      id={id}
      multiple
      fileList={files}
      data-testid="evidence-upload"
      onChange={({ fileList }) => update(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        const form = new FormData();
        form.append('files', file as File);
        api<Attachment[]>('POST', `/items/${itemId}/attachments`, form).then(
          (attachments) => onSuccess?.(attachments[0]),
          (error: unknown) => {
            const text = apiErrorText(error, t);
            const detail = localDetail(text.detail, t, lang);
            const name = (file as File).name;
            onError?.(new Error(`${t.work.uploadFailed(name)}：${text.title}${detail ? `（${detail}）` : ''}`));
          },
        );
      }}
      // A refused file shows its reason under its name.
      itemRender={(node, file) => (
        <div>
          {node}
          {file.status === 'error' && (
            <div role="alert" style={{ color: '#cf1322', fontSize: 12 }}>
              {(file.error as Error | undefined)?.message}
            </div>
          )}
        </div>
      )}
    >
      <Button>{t.work.upload}</Button>
    </Upload>
  );
}
