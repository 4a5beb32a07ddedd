import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  InputNumber,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import type { components } from '../../api-types';
import { ApiError, type Category } from '../../api';
import { cadenceText } from '../../components/cadence-text';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/lang-context';
import { publishDrafts, PublishResults, type PublishOutcome } from '../drafts/publish-drafts';
import { sendPlan, uploadError, type PlanAnswer } from './plan-upload';

type Schemas = components['schemas'];
export type PlanImport = Schemas['PlanImportView'];
export type PlanRow = Schemas['PlanImportRowView'];
export type PlanProblem = Schemas['PlanProblemView'];
type EarlierImport = Schemas['EarlierImportView'];

/** Where the office is: nothing yet, a preview, a refused plan, an earlier import of the same file, done. */
type Stage =
  | { kind: 'idle' }
  | { kind: 'checked'; preview: PlanImport }
  | { kind: 'refused'; problems: PlanProblem[] }
  | { kind: 'duplicate'; preview: PlanImport | null; earlier: EarlierImport }
  | { kind: 'imported'; result: PlanImport };

/**
 * 分工方案导入: the office uploads the year's plan, sees what it would create (or every problem, by
 * row and column, with the sheet marked up to fix them in Excel), imports the rows as drafts, and
 * publishes them all.
 */
export function PlanImportScreen() {
  const { t, lang } = useI18n();
  const [planYear, setPlanYear] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<PublishOutcome[] | null>(null);
  const [published, setPublished] = useState<PublishOutcome[] | null>(null);

  const fields = (dryRun: boolean): Record<string, string> => ({
    dryRun: String(dryRun),
    ...(planYear ? { planYear: String(planYear) } : {}),
    ...(!dryRun && confirmDuplicate ? { confirmDuplicate: 'true' } : {}),
  });

  /** What the answer means for the page; a status it does not show itself is an error. */
  function take(answer: PlanAnswer) {
    if (answer.status === 200) {
      const preview = answer.json as PlanImport;
      setStage(
        preview.duplicateOf
          ? { kind: 'duplicate', preview, earlier: preview.duplicateOf }
          : { kind: 'checked', preview },
      );
    } else if (answer.status === 201) setStage({ kind: 'imported', result: answer.json as PlanImport });
    else if (answer.status === 422)
      setStage({ kind: 'refused', problems: (answer.json as Schemas['PlanRefusalView']).problems });
    else if (answer.status === 409)
      setStage((now) => ({
        kind: 'duplicate',
        preview: now.kind === 'checked' || now.kind === 'duplicate' ? now.preview : null,
        earlier: (answer.json as Schemas['DuplicatePlanView']).earlierImport,
      }));
    else throw uploadError(answer);
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const check = (chosen: File) =>
    run(async () => {
      setFile(chosen);
      setStage({ kind: 'idle' });
      setConfirmDuplicate(false);
      setPublished(null);
      setProgress(0);
      take(await sendPlan('/items/import', chosen, fields(true), setProgress));
      setProgress(100);
    });

  const importPlan = () => run(async () => take(await sendPlan('/items/import', file!, fields(false))));

  const downloadMarkedUp = () =>
    run(async () => {
      const answer = await sendPlan('/items/import/marked-up', file!, planYear ? { planYear: String(planYear) } : {});
      if (answer.status !== 200 || !answer.file) throw uploadError(answer);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(answer.file);
      link.download = `${file!.name.replace(/\.(xlsx|csv|txt)$/i, '')}-问题标注.xlsx`;
      link.click();
      // Revoked at once, the browser may not have started reading it yet.
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    });

  const publishAll = (result: PlanImport) =>
    run(async () => {
      const done = await publishDrafts(
        result.rows.map((r) => ({ id: r.itemId!, title: r.title })),
        t,
      );
      setOutcomes(done);
      setPublished(done);
    });

  const reset = () => {
    setFile(null);
    setStage({ kind: 'idle' });
    setProgress(null);
    setPublished(null);
    setError(null);
  };

  const say = (p: PlanProblem) => (lang === 'zh' ? p.message : p.messageEn);
  const preview = stage.kind === 'checked' || stage.kind === 'duplicate' ? stage.preview : null;

  return (
    <Card title={t.planImport.tab} data-testid="plan-import">
      <Typography.Paragraph type="secondary">{t.planImport.intro}</Typography.Paragraph>
      <Space align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="plan-year">{t.planImport.planYear}</label>
        <InputNumber<number>
          id="plan-year"
          min={2000}
          max={2100}
          value={planYear}
          onChange={setPlanYear}
          placeholder={t.planImport.planYearPlaceholder}
          style={{ width: 180 }}
          data-testid="plan-year"
        />
      </Space>
      {stage.kind !== 'imported' && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          customRequest={({ file: chosen }) => void check(chosen as File)}
          data-testid="plan-upload"
        >
          <p className="ant-upload-text">{t.planImport.drop}</p>
          <p className="ant-upload-hint">{file ? file.name : t.planImport.dropHint}</p>
        </Upload.Dragger>
      )}
      {busy && progress !== null && (
        // Sent, then read on the server: the bar stays until the answer is in.
        <div data-testid="plan-progress">
          <Progress percent={progress} status="active" aria-label={t.planImport.uploading} />
          <Typography.Text type="secondary">{t.planImport.uploading}</Typography.Text>
        </div>
      )}
      {error !== null && (
        <div style={{ marginTop: 16 }}>
          {error instanceof ApiError && error.status === 415 ? (
            <Alert
              type="error"
              showIcon
              data-testid="api-error"
              title={t.planImport.notSpreadsheet}
              description={error.message}
            />
          ) : (
            <ErrorAlert error={error} />
          )}
        </div>
      )}

      {stage.kind === 'refused' && (
        <Problems problems={stage.problems} say={say} onDownload={downloadMarkedUp} busy={busy} />
      )}

      {stage.kind === 'duplicate' && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          data-testid="plan-duplicate"
          title={t.planImport.duplicate(
            stage.earlier.fileName,
            new Date(stage.earlier.importedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
              timeZone: 'Asia/Shanghai', // as the timeline says its times, wherever the browser is
            }),
            stage.earlier.itemCount,
          )}
          action={
            <Checkbox
              checked={confirmDuplicate}
              onChange={(e) => setConfirmDuplicate(e.target.checked)}
              data-testid="confirm-duplicate"
            >
              {t.planImport.confirmDuplicate}
            </Checkbox>
          }
        />
      )}

      {preview && (
        <div style={{ marginTop: 16 }} data-testid="plan-preview">
          <Alert
            type="success"
            showIcon
            title={t.planImport.checked(preview.fileName, preview.rows.length)}
            // The notes said here too: the table's last column is out of sight on an office screen.
            description={
              preview.warnings.length > 0 && (
                <>
                  {t.planImport.warnings(preview.warnings.length)}
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="plan-warnings">
                    {preview.warnings.map((w, i) => (
                      <li key={i}>{say(w)}</li>
                    ))}
                  </ul>
                </>
              )
            }
            style={{ marginBottom: 16 }}
            // On top, where 全部交办 comes after it: a long plan need not be scrolled to its end.
            action={
              <Button
                type="primary"
                loading={busy}
                disabled={stage.kind === 'duplicate' && !confirmDuplicate}
                onClick={() => void importPlan()}
                data-testid="plan-import-button"
              >
                {t.planImport.import}
              </Button>
            }
          />
          <Rows rows={preview.rows} say={say} />
        </div>
      )}

      {stage.kind === 'imported' && (
        <div data-testid="plan-imported">
          <Alert
            type="success"
            showIcon
            title={t.planImport.imported(stage.result.itemIds.length)}
            description={
              published && t.planImport.publishedCount(published.filter((o) => !o.error).length, published.length)
            }
            style={{ marginBottom: 16 }}
            action={
              <Space>
                <Popconfirm
                  title={t.planImport.publishAllConfirm(stage.result.itemIds.length)}
                  onConfirm={() => void publishAll(stage.result)}
                  disabled={published !== null}
                >
                  <Button type="primary" loading={busy} disabled={published !== null} data-testid="plan-publish-all">
                    {t.planImport.publishAll}
                  </Button>
                </Popconfirm>
                <Button onClick={reset}>{t.planImport.another}</Button>
              </Space>
            }
          />
          <Rows rows={stage.result.rows} say={say} />
        </div>
      )}
      <PublishResults outcomes={outcomes} onClose={() => setOutcomes(null)} />
    </Card>
  );
}

/** Every problem by row and column, and the sheet with them marked to fix it in Excel or WPS. */
function Problems({
  problems,
  say,
  onDownload,
  busy,
}: {
  problems: PlanProblem[];
  say: (p: PlanProblem) => string;
  onDownload: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <div style={{ marginTop: 16 }} data-testid="plan-problems">
      <Alert
        type="error"
        showIcon
        title={t.planImport.refused(errors.length)}
        style={{ marginBottom: 16 }}
        action={
          <Button onClick={onDownload} loading={busy} data-testid="plan-download-marked-up">
            {t.planImport.downloadMarkedUp}
          </Button>
        }
      />
      <Table<PlanProblem>
        size="small"
        rowKey={(p) => `${p.row}-${p.column}-${p.code}-${p.message}`}
        dataSource={problems}
        pagination={false}
        columns={[
          { title: t.planImport.row, dataIndex: 'row', width: 70, render: (row: number | null) => row ?? '—' },
          {
            title: t.planImport.column,
            width: 140,
            render: (_, p) => (p.column ? `${p.column}${p.header ? ` ${p.header}` : ''}` : '—'),
          },
          {
            title: t.planImport.problem,
            render: (_, p) => (
              <Space>
                <Tag color={p.severity === 'error' ? 'red' : 'gold'}>{p.severity === 'error' ? '✕' : '!'}</Tag>
                <span data-testid="plan-problem">{say(p)}</span>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}

/** The rows as the drafts they become: units, leader and deadline resolved, with what the plan wrote. */
function Rows({ rows, say }: { rows: PlanRow[]; say: (p: PlanProblem) => string }) {
  const { t } = useI18n();
  const written = (phrase: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t.planImport.writtenAs}: {phrase}
    </Typography.Text>
  );
  return (
    <Table<PlanRow>
      size="small"
      rowKey="row"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 1600 }}
      data-testid="plan-rows"
      columns={[
        { title: t.planImport.row, dataIndex: 'row', width: 60 },
        { title: t.planImport.title, dataIndex: 'title', width: 220 },
        { title: t.planImport.category, dataIndex: 'category', width: 100, render: (c: Category) => t.categories[c] },
        {
          title: t.planImport.leadUnit,
          width: 150,
          render: (_, r) => (
            <Flex vertical>
              {r.leadUnit.name}
              {r.leadUnitPhrase !== r.leadUnit.name && written(r.leadUnitPhrase)}
            </Flex>
          ),
        },
        {
          title: t.planImport.cooperatingUnits,
          width: 200,
          render: (_, r) => (
            <Flex vertical>
              {r.cooperatingUnits.map((u) => u.name).join('、') || t.none}
              {r.cooperatingUnitsPhrase &&
                r.cooperatingUnitsPhrase !== r.cooperatingUnits.map((u) => u.name).join('、') &&
                written(r.cooperatingUnitsPhrase)}
            </Flex>
          ),
        },
        {
          title: t.planImport.leader,
          width: 140,
          render: (_, r) =>
            r.supervisingLeader ? (
              r.supervisingLeader.displayName
            ) : r.leaderText ? (
              <Flex vertical>
                {r.leaderText}
                <Tag color="gold">{t.planImport.leaderAsText}</Tag>
              </Flex>
            ) : (
              t.none
            ),
        },
        {
          title: t.planImport.deadline,
          width: 170,
          render: (_, r) => (
            <Flex vertical data-testid="plan-deadline">
              <span>{r.deadline}</span>
              {written(r.deadlinePhrase)}
              {r.movedFrom && <Tag color="blue">{t.planImport.movedFrom(r.movedFrom)}</Tag>}
            </Flex>
          ),
        },
        {
          title: t.planImport.cadence,
          width: 140,
          render: (_, r) => (
            <Flex vertical>
              {cadenceText(r.reportingCadence, t)}
              {r.cadencePhrase && written(r.cadencePhrase)}
            </Flex>
          ),
        },
        {
          title: t.planImport.milestones,
          width: 80,
          render: (_, r) => r.milestones.length || '—',
        },
        {
          title: t.planImport.notes,
          width: 320,
          render: (_, r) =>
            r.warnings.map((w) => (
              <Typography.Paragraph
                key={w.code + w.message}
                type="warning"
                style={{ margin: 0 }}
                data-testid="plan-warning"
              >
                {say(w)}
              </Typography.Paragraph>
            )),
        },
      ]}
    />
  );
}
