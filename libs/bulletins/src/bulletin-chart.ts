import * as echarts from 'echarts';
import type { BulletinSnapshot } from './bulletin-snapshot';

/** The font family the chart's text names; the PDF maps it to the embedded CJK font. */
export const CHART_FONT_FAMILY = 'BulletinCJK';

/** The board's colours, darker where a printed page needs contrast. */
const SERIES = [
  { name: '正常推进', colour: '#52c41a', count: (f: Figures) => f.onTime - f.nearDeadline },
  { name: '临近时限', colour: '#fadb14', count: (f: Figures) => f.nearDeadline },
  { name: '逾期风险', colour: '#fa8c16', count: (f: Figures) => f.atRisk },
  { name: '已逾期', colour: '#cf1322', count: (f: Figures) => f.overdue },
  { name: '暂缓', colour: '#8c8c8c', count: (f: Figures) => f.suspended },
] as const;
type Figures = BulletinSnapshot['totals'];

/**
 * The open items of each lead unit by colour, as a horizontal stacked bar chart, rendered to SVG on
 * the server (ECharts SSR), in the rank order of the bulletin's table.
 */
export function unitColourChartSvg(snapshot: BulletinSnapshot, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    const units = [...snapshot.units].reverse(); // the y axis runs upwards: the first rank on top
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12, color: '#000' },
      legend: { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 } },
      grid: { left: 8, right: 24, top: 30, bottom: 4, containLabel: true },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { fontFamily: CHART_FONT_FAMILY },
        splitLine: { lineStyle: { color: '#d9d9d9' } },
      },
      yAxis: {
        type: 'category',
        data: units.map((u) => u.unitName),
        axisLabel: { fontFamily: CHART_FONT_FAMILY, fontSize: 12, color: '#000' },
        axisLine: { lineStyle: { color: '#000' } },
      },
      series: SERIES.map((s) => ({
        name: s.name,
        type: 'bar',
        stack: 'open',
        barMaxWidth: 18,
        itemStyle: { color: s.colour },
        label: { show: true, fontFamily: CHART_FONT_FAMILY, fontSize: 10, color: '#000', formatter: hideZero },
        data: units.map((u) => s.count(u.figures)),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const hideZero = (p: { value: unknown }) => (p.value ? String(p.value) : '');
