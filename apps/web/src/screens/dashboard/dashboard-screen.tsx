import { Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { Category, Me, Unit } from '../../api';
import type { components } from '../../api-types';
import { QueryView } from '../../components/query-view';
import { useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import type { Dictionary } from '../../i18n';
import { useLeaders } from '../drafts/use-leaders';
import { dashboardPath, filtersFromUrl, filtersToUrl, type DashboardFilters } from './dashboard-filters';
import { EChart } from './echart';

type Dashboard = components['schemas']['DashboardView'];
type Figures = components['schemas']['DashboardFiguresView'];
type UnitRow = components['schemas']['DashboardUnitView'];

const COLOURS = { green: '#52c41a', yellow: '#faad14', orange: '#fa8c16', red: '#f5222d' } as const;

/** The board (综合看板): the figures, by unit, in colours and over time, filtered as the URL says. */
export function DashboardScreen({ me }: { me: Me }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<DashboardFilters>(() => filtersFromUrl());
  const board = useApiQuery<Dashboard>(dashboardPath(filters));
  const units = useApiQuery<Unit[]>('/units');
  const { leaders } = useLeaders(me.roles.includes('office') || me.roles.includes('admin'));

  const change = (next: DashboardFilters) => {
    setFilters(next);
    filtersToUrl(next);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <Space wrap>
        <Select<Category>
          allowClear
          data-testid="dashboard-category"
          placeholder={t.dashboard.allCategories}
          style={{ width: 160 }}
          value={filters.category}
          onChange={(category) => change({ ...filters, category })}
          options={Object.entries(t.categories).map(([value, label]) => ({ value: value as Category, label }))}
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.dashboard.allLeaders}
          style={{ width: 180 }}
          value={filters.leaderId}
          onChange={(leaderId) => change({ ...filters, leaderId })}
          options={leaders.map((l) => ({ value: l.id, label: l.displayName }))}
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.dashboard.allUnits}
          style={{ width: 200 }}
          value={filters.unitId}
          onChange={(unitId) => change({ ...filters, unitId })}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <DatePicker.RangePicker
          aria-label={t.dashboard.period}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            change({
              ...filters,
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
      </Space>
      <QueryView query={board}>{(data) => <DashboardView data={data} />}</QueryView>
    </Space>
  );
}

function DashboardView({ data }: { data: Dashboard }) {
  const { t, lang } = useI18n();
  const colourOption = useMemo(() => colourChart(data, t), [data, t]);
  const overdueOption = useMemo(() => overdueChart(data, t), [data, t]);
  return (
    <>
      <Typography.Text type="secondary">
        {t.dashboard.asOf(
          new Date(data.asOf).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' }),
        )}{' '}
        · {data.from} ～ {data.to}
      </Typography.Text>
      <FigureCards figures={data.totals} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t.dashboard.colourChart} size="small">
            <EChart option={colourOption} testId="colour-chart" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t.dashboard.overdueChart} size="small">
            <EChart option={overdueOption} testId="overdue-chart" />
          </Card>
        </Col>
      </Row>
      <Card title={t.dashboard.units} size="small">
        <UnitTable rows={data.units} />
      </Card>
      <Card title={t.dashboard.delayAttribution} size="small">
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => `${r.party}:${r.unitId ?? ''}`}
          dataSource={data.delayAttribution}
          columns={[
            { title: t.dashboard.party, render: (_, r) => t.dashboard.parties[r.party] },
            { title: t.dashboard.unit, render: (_, r) => r.unitName ?? t.dashboard.none },
            { title: t.dashboard.workdays, dataIndex: 'workdays', align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}

function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useI18n();
  const e = figures.escalations;
  const cards: [string, string, string | number, string?][] = [
    ['open', t.dashboard.open, figures.open],
    ['onTime', t.dashboard.onTime, figures.onTime, COLOURS.green],
    ['atRisk', t.dashboard.atRisk, figures.atRisk, COLOURS.orange],
    ['overdue', t.dashboard.overdue, figures.overdue, COLOURS.red],
    ['suspended', t.dashboard.suspended, figures.suspended],
    ['closedOnTime', t.dashboard.closedOnTime, figures.closedOnTime],
    ['closedLate', t.dashboard.closedLate, figures.closedLate],
    ['averageWorkdaysLate', t.dashboard.averageWorkdaysLate, figures.averageWorkdaysLate ?? t.dashboard.none],
    ['missedReports', t.dashboard.missedReports, figures.missedReports],
    ['escalations', t.dashboard.escalations, `${e.level1} / ${e.level2} / ${e.level3}`],
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map(([key, title, value, colour]) => (
        <Col key={key} xs={12} sm={8} md={6} xl={4}>
          <Card size="small" data-testid={`figure-${key}`}>
            <Statistic title={title} value={value} styles={{ content: colour ? { color: colour } : undefined }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function UnitTable({ rows }: { rows: UnitRow[] }) {
  const { t } = useI18n();
  const figure = (key: keyof Omit<Figures, 'escalations'>) => ({
    title: t.dashboard[key],
    align: 'right' as const,
    render: (_: unknown, r: UnitRow) => r.figures[key] ?? t.dashboard.none,
  });
  return (
    <Table
      size="small"
      data-testid="dashboard-units"
      rowKey="unitId"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: true }}
      columns={[
        { title: t.dashboard.unit, dataIndex: 'unitName' },
        figure('open'),
        figure('onTime'),
        figure('atRisk'),
        figure('overdue'),
        figure('suspended'),
        figure('closedOnTime'),
        figure('closedLate'),
        figure('averageWorkdaysLate'),
        figure('missedReports'),
        {
          title: t.dashboard.escalations,
          align: 'right',
          render: (_, r) =>
            `${r.figures.escalations.level1}/${r.figures.escalations.level2}/${r.figures.escalations.level3}`,
        },
      ]}
    />
  );
}

function colourChart(data: Dashboard, t: Dictionary) {
  const names = data.colours.map((c) => c.unitName);
  const series = (['green', 'yellow', 'orange', 'red'] as const).map((colour) => ({
    name: t.colours[colour],
    type: 'bar',
    stack: 'colours',
    color: COLOURS[colour],
    data: data.colours.map((c) => c[colour]),
  }));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true },
    series,
  };
}

function overdueChart(data: Dashboard, t: Dictionary) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.overdueSeries.map((p) => p.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t.dashboard.overdue,
        type: 'line',
        color: COLOURS.red,
        areaStyle: { opacity: 0.15 },
        data: data.overdueSeries.map((p) => p.overdue),
      },
    ],
  };
}
