import { App, Button, Empty, Progress, Space, Table, Tag, Typography } from 'antd';
import { download, type EvidenceFile, type Item, type ProgressReport, type TimelineEvent } from '../../api';
import { apiErrorText } from '../../hooks/api-error-text';
import type { Dictionary } from '../../i18n';
import { useI18n } from '../../i18n/lang-context';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** A file of evidence as a link: downloaded with the session's token, under its own name. */
export function EvidenceLinks({ files }: { files: EvidenceFile[] }) {
  const { t } = useI18n();
  const { notification } = App.useApp();
  if (files.length === 0) return null;
  const fetchFile = (file: EvidenceFile) =>
    download(file.downloadUrl, file.name).catch((error: unknown) =>
      notification.error({ title: t.work.downloadFailed, description: apiErrorText(error, t).title }),
    );
  return (
    <Space wrap size={4} data-testid="evidence-files">
      {files.map((f) => (
        <Button key={f.id} type="link" size="small" style={{ padding: 0 }} onClick={() => void fetchFile(f)}>
          {f.name}（{kilobytes(f.size)}）
        </Button>
      ))}
    </Space>
  );
}

const kilobytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;

/** The progress reports (进展报送), newest first: who, when, how far, what was done, milestone values and evidence. */
export function ProgressReports({ item, reports, t }: { item: Item; reports: ProgressReport[]; t: Dictionary }) {
  if (reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.work.noReports} />;
  const milestone = (id: string) => item.milestones.find((m) => m.id === id);
  return (
    <div data-testid="progress-reports" style={{ marginBottom: 16 }}>
      {reports.map((r) => (
        <div key={r.id} data-testid="progress-report" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Space wrap style={{ marginBottom: 4 }}>
            <Typography.Text strong>{when(r.reportedAt)}</Typography.Text>
            <span>
              {r.reporter.displayName}（{r.unit.name}）
            </span>
            <Progress percent={r.percent} format={(p) => `${p}%`} size="small" style={{ width: 120, margin: 0 }} />
          </Space>
          <div style={{ whiteSpace: 'pre-line' }}>{r.text}</div>
          {r.milestoneValues.length > 0 && (
            <div>
              {r.milestoneValues.map((v) => {
                const m = milestone(v.milestoneId);
                return (
                  <Tag key={v.milestoneId}>
                    {m?.title ?? ''}：{v.value}
                    {m?.valueUnit ?? ''}
                  </Tag>
                );
              })}
            </div>
          )}
          <EvidenceLinks files={r.attachments} />
        </div>
      ))}
    </div>
  );
}

interface ExtensionRow {
  id: string;
  requestedAt: string;
  from: string;
  to: string;
  reason: string;
  outcome: 'pending' | 'approved' | 'rejected';
  decisionComment: string | null;
}

/** The extension requests on the timeline, each with its outcome. */
export function extensionsOf(events: TimelineEvent[]): ExtensionRow[] {
  const rows = new Map<string, ExtensionRow>();
  for (const e of events) {
    const id = typeof e.data.extensionId === 'string' ? e.data.extensionId : null;
    if (!id) continue;
    if (e.type === 'extension_requested') {
      rows.set(id, {
        id,
        requestedAt: e.at,
        from: String(e.data.previousDeadline ?? ''),
        to: String(e.data.requestedDeadline ?? ''),
        reason: e.comment ?? '',
        outcome: 'pending',
        decisionComment: null,
      });
    } else if ((e.type === 'extension_approved' || e.type === 'extension_rejected') && rows.has(id)) {
      rows.set(id, {
        ...rows.get(id)!,
        outcome: e.type === 'extension_approved' ? 'approved' : 'rejected',
        decisionComment: e.comment,
      });
    }
  }
  return [...rows.values()];
}

export function Extensions({ events, t }: { events: TimelineEvent[]; t: Dictionary }) {
  const rows = extensionsOf(events);
  if (rows.length === 0) return null;
  return (
    <>
      <Typography.Title level={5}>{t.work.extensions}</Typography.Title>
      <Table<ExtensionRow>
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginBottom: 16 }}
        data-testid="extensions"
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: t.work.requestedAt, render: (_, r) => when(r.requestedAt), width: 140 },
          { title: t.deadline, render: (_, r) => t.work.fromTo(r.from, r.to), width: 200 },
          { title: t.work.reason, dataIndex: 'reason' },
          {
            title: t.status,
            width: 140,
            render: (_, r) => (
              <>
                {t.work.extensionOutcome[r.outcome]}
                {r.decisionComment ? `：${r.decisionComment}` : ''}
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/** The files a timeline entry cites (a progress report's or a completion request's evidence). */
export const evidenceOf = (e: TimelineEvent): EvidenceFile[] =>
  Array.isArray(e.data.attachments)
    ? (e.data.attachments as Omit<EvidenceFile, 'downloadUrl'>[]).map((f) => ({
        ...f,
        downloadUrl: `/api/attachments/${f.id}`,
      }))
    : [];
