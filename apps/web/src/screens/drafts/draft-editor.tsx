import { Drawer } from 'antd';
import { api, type Item, type Unit } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { DraftForm } from './draft-form';
import { draftValues, type DraftBody } from './draft-values';
import { useLeaders } from './use-leaders';

interface Props {
  /** Open for a new draft ('new'), an existing one (the item), or closed (null). */
  draft: Item | 'new' | null;
  /** The office or an admin: they read the whole list of leaders. */
  listsLeaders: boolean;
  onClose: () => void;
  onSaved: (item: Item) => void;
}

/** The draft form in a drawer: creates a draft, or edits one, and says what the API refused. */
export function DraftEditor({ draft, listsLeaders, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const open = draft !== null;
  const units = useApiQuery<Unit[]>(open ? '/units' : null);
  const { leaders, complete, query: leaderQuery } = useLeaders(listsLeaders, open);
  const { run, busy } = useApiCommand();

  const save = async (body: DraftBody) => {
    const result = await run(
      () =>
        draft === 'new' || draft === null
          ? api<Item>('POST', '/items', body)
          : api<Item>('PATCH', `/items/${draft.id}`, body),
      t.drafts.saved,
    );
    if (result.ok) onSaved(result.value);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={draft === 'new' ? t.drafts.newDraft : t.drafts.editDraft}
      data-testid="draft-editor"
    >
      <QueryView query={units}>
        {(unitList) => (
          <>
            {leaderQuery.error !== undefined && <ErrorAlert error={leaderQuery.error} onRetry={leaderQuery.reload} />}
            <DraftForm
              key={draft === 'new' ? 'new' : draft?.id}
              units={unitList}
              leaders={leaders}
              leaderNote={complete ? undefined : t.drafts.leaderNote}
              initial={draft && draft !== 'new' ? draftValues(draft) : undefined}
              submitting={busy}
              onSubmit={save}
            />
          </>
        )}
      </QueryView>
    </Drawer>
  );
}
