import { App, Button, Card, DatePicker, Popover, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, type Me } from '../../api';
import type { components } from '../../api-types';
import { ErrorAlert } from '../../components/error-alert';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { BulletinPreview } from './bulletin-preview';

type Page = components['schemas']['BulletinPageView'];
type Bulletin = components['schemas']['BulletinView'];

// A bulletin's notice links to the console at /bulletins?open=<id>: that bulletin opens on arrival.
const linkedBulletin = () => new URLSearchParams(window.location.search).get('open');

/** The 督查通报: the list, making one now (or for a past cut-off), the preview, the downloads, the check. */
export function BulletinsScreen({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const office = me.roles.includes('office');
  const canCheck = me.roles.some((r) => r === 'office' || r === 'leader' || r === 'leadership' || r === 'admin');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<string | null>(linkedBulletin);
  const list = useApiQuery<Page>(`/bulletins?page=${paging.page}&pageSize=${paging.pageSize}`);
  const time = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' }) : '—';

  return (
    <Card
      title={t.bulletins.tab}
      extra={office && <MakeBulletin onMade={async (id) => (setOpen(id), await list.reload())} />}
    >
      {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table
        data-testid="bulletin-list"
        rowKey="id"
        loading={list.loading}
        locale={{ emptyText: office ? t.bulletins.emptyOffice : t.bulletins.empty }}
        dataSource={list.data?.bulletins ?? []}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t.bulletins.number, dataIndex: 'numberLabel' },
          { title: t.bulletins.cutoff, dataIndex: 'cutoff', render: time },
          { title: t.bulletins.previousCutoff, dataIndex: 'previousCutoff', render: time },
          { title: t.dashboard.overdue, render: (_, b) => b.totals.overdue, align: 'right' },
          { title: t.dashboard.atRisk, render: (_, b) => b.totals.atRisk, align: 'right' },
          { title: t.bulletins.madeBy, render: (_, b) => b.madeBy?.displayName ?? t.bulletins.schedule },
          {
            title: '',
            render: (_, b) => (
              <Button size="small" data-testid="preview-bulletin" onClick={() => setOpen(b.id)}>
                {t.bulletins.preview}
              </Button>
            ),
          },
        ]}
      />
      <BulletinPreview bulletinId={open} canCheck={canCheck} onClose={() => setOpen(null)} />
    </Card>
  );
}

/** The office makes a bulletin now, or for a past cut-off it picks (a missed week). */
function MakeBulletin({ onMade }: { onMade: (id: string) => Promise<void> }) {
  const { t } = useI18n();
  const { run, busy } = useApiCommand();
  const { message } = App.useApp();
  const [cutoff, setCutoff] = useState<Dayjs | null>(null);
  const [picking, setPicking] = useState(false);
  const make = async () => {
    const result = await run(() =>
      api<Bulletin>('POST', '/bulletins', cutoff ? { cutoff: cutoff.toDate().toISOString() } : {}),
    );
    if (!result.ok) return;
    void message.success(result.value.created ? t.bulletins.made : t.bulletins.existing);
    setPicking(false);
    await onMade(result.value.id);
  };
  return (
    <Popover
      open={picking}
      onOpenChange={setPicking}
      trigger="click"
      content={
        <Space orientation="vertical">
          <Typography.Text type="secondary">{t.bulletins.cutoffHint}</Typography.Text>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={t.bulletins.cutoff}
            value={cutoff}
            onChange={setCutoff}
            disabledDate={(d) => d.isAfter(new Date(), 'day')}
            data-testid="bulletin-cutoff"
          />
          <Button type="primary" loading={busy} onClick={() => void make()} data-testid="make-bulletin-confirm">
            {t.bulletins.makeNow}
          </Button>
        </Space>
      }
    >
      <Button type="primary" data-testid="make-bulletin">
        {t.bulletins.makeNow}
      </Button>
    </Popover>
  );
}
