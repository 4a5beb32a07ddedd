import { Descriptions, Drawer, Empty, Space, Table, Typography } from 'antd';
import type { components } from '../../api-types';
import { QueryView } from '../../components/query-view';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { BulletinActions } from './bulletin-actions';

type Bulletin = components['schemas']['BulletinView'];

/** The snapshot's parts the preview shows (the whole BulletinSnapshot of @duban/bulletins is stored). */
interface ItemLine {
  itemId: string;
  title: string;
  leadUnitName: string;
  deadline: string;
  workdaysLate: number;
  escalationLevel: number;
}
interface Snapshot {
  title: string;
  numberLabel: string;
  issuer: string;
  cutoffDate: string;
  units: {
    rank: number | null;
    unitId: string;
    unitName: string;
    figures: components['schemas']['BulletinFiguresView'];
  }[];
  overdue: { unitId: string; unitName: string; items: ItemLine[] }[];
  atRisk: { unitId: string; unitName: string; items: ItemLine[] }[];
  closed: (ItemLine & { closedAt: string; onTime: boolean })[];
  escalations: { item: ItemLine; at: string; level: number; unitName: string }[];
  rankingRule: string;
}

/** A bulletin's sections as the document has them, in a drawer, with its downloads and its check. */
export function BulletinPreview({
  bulletinId,
  canCheck,
  onClose,
}: {
  bulletinId: string | null;
  canCheck: boolean;
  onClose: () => void;
}) {
  const bulletin = useApiQuery<Bulletin>(bulletinId ? `/bulletins/${bulletinId}` : null);
  return (
    <Drawer open={bulletinId !== null} onClose={onClose} size={960} destroyOnHidden>
      <QueryView query={bulletin}>{(b) => <BulletinSections bulletin={b} canCheck={canCheck} />}</QueryView>
    </Drawer>
  );
}

function BulletinSections({ bulletin, canCheck }: { bulletin: Bulletin; canCheck: boolean }) {
  const { t } = useI18n();
  const s = bulletin.snapshot as unknown as Snapshot;
  const lines = (groups: Snapshot['overdue']) =>
    groups.flatMap((g) => g.items.map((i) => ({ ...i, leadUnitName: g.unitName })));
  const itemColumns = [
    { title: t.dashboard.unit, dataIndex: 'leadUnitName' },
    { title: t.bulletins.title, dataIndex: 'title' },
    { title: t.bulletins.deadline, dataIndex: 'deadline' },
    { title: t.bulletins.workdaysLate, dataIndex: 'workdaysLate', align: 'right' as const },
    { title: t.bulletins.level, dataIndex: 'escalationLevel', align: 'right' as const },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="bulletin-preview">
      <Typography.Title level={3} style={{ textAlign: 'center', color: '#c00', margin: 0 }}>
        {s.title}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>
        {s.numberLabel} · {s.issuer} · {s.cutoffDate}
      </Typography.Paragraph>
      <BulletinActions bulletin={bulletin} canCheck={canCheck} />
      <Section title={t.bulletins.summary}>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t.dashboard.open}>{bulletin.totals.open}</Descriptions.Item>
          <Descriptions.Item label={t.dashboard.onTime}>{bulletin.totals.onTime}</Descriptions.Item>
          <Descriptions.Item label={t.dashboard.atRisk}>{bulletin.totals.atRisk}</Descriptions.Item>
          <Descriptions.Item label={t.dashboard.overdue}>{bulletin.totals.overdue}</Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          rowKey="unitId"
          pagination={false}
          dataSource={s.units}
          columns={[
            { title: t.bulletins.rank, dataIndex: 'rank', render: (r: number | null) => r ?? t.dashboard.none },
            { title: t.dashboard.unit, dataIndex: 'unitName' },
            { title: t.dashboard.open, render: (_, r) => r.figures.open, align: 'right' },
            { title: t.dashboard.atRisk, render: (_, r) => r.figures.atRisk, align: 'right' },
            { title: t.dashboard.overdue, render: (_, r) => r.figures.overdue, align: 'right' },
            {
              title: t.bulletins.onTimeRate,
              render: (_, r) => (r.figures.onTimeRate === null ? t.dashboard.none : `${r.figures.onTimeRate}%`),
              align: 'right',
            },
          ]}
        />
        <Typography.Text type="secondary">{s.rankingRule}</Typography.Text>
      </Section>
      <Section title={t.bulletins.overdueSection}>
        <ItemTable rows={lines(s.overdue)} columns={itemColumns} />
      </Section>
      <Section title={t.bulletins.atRiskSection}>
        <ItemTable rows={lines(s.atRisk)} columns={itemColumns} />
      </Section>
      <Section title={t.bulletins.closedSection}>
        <ItemTable
          rows={s.closed}
          columns={[
            ...itemColumns.slice(0, 3),
            {
              title: t.bulletins.closedAt,
              dataIndex: 'closedAt',
              render: (at: string) => at.slice(0, 16).replace('T', ' '),
            },
            { title: t.bulletins.workdaysLate, dataIndex: 'workdaysLate', align: 'right' as const },
          ]}
        />
      </Section>
      <Section title={t.bulletins.escalationsSection}>
        <ItemTable
          rows={s.escalations.map((e) => ({ ...e.item, leadUnitName: e.unitName, escalationLevel: e.level }))}
          columns={itemColumns}
        />
      </Section>
    </Space>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </div>
  );
}

function ItemTable<T extends { itemId: string }>({ rows, columns }: { rows: T[]; columns: object[] }) {
  const { t } = useI18n();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.bulletins.nothing} />;
  return <Table size="small" rowKey="itemId" pagination={false} dataSource={rows} columns={columns} />;
}
