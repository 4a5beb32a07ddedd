import { List, Modal, Tag } from 'antd';
import { api, type Item } from '../../api';
import { apiErrorText, localDetail } from '../../hooks/api-error-text';
import type { Dictionary } from '../../i18n';
import { useI18n } from '../../i18n/lang-context';

export interface PublishOutcome {
  id: string;
  title: string;
  /** The error text when the API refused it; none when it was published. */
  error?: { title: string; detail?: string };
}

/** Publishes the drafts one after another; one refused stops no other. */
export async function publishDrafts(drafts: Pick<Item, 'id' | 'title'>[], t: Dictionary): Promise<PublishOutcome[]> {
  const outcomes: PublishOutcome[] = [];
  for (const { id, title } of drafts) {
    try {
      await api<Item>('POST', `/items/${id}/publish`);
      outcomes.push({ id, title });
    } catch (error) {
      outcomes.push({ id, title, error: apiErrorText(error, t) });
    }
  }
  return outcomes;
}

/** Each published draft's outcome: assigned, or why not. */
export function PublishResults({ outcomes, onClose }: { outcomes: PublishOutcome[] | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  return (
    <Modal
      open={outcomes !== null}
      title={t.drafts.publishResults}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <List
        data-testid="publish-results"
        dataSource={outcomes ?? []}
        renderItem={(o) => (
          <List.Item data-testid="publish-outcome">
            <List.Item.Meta
              title={
                <>
                  <Tag color={o.error ? 'red' : 'green'}>{o.error ? t.drafts.publishFailed : t.drafts.published}</Tag>
                  {o.title}
                </>
              }
              description={o.error && [o.error.title, localDetail(o.error.detail, t, lang)].filter(Boolean).join('：')}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
