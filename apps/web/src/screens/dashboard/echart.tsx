import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';

/**
 * An ECharts chart drawn as SVG into its box, redrawn when its option changes and resized with
 * the window. The option is the chart: the screen builds it from the API's figures.
 */
export function EChart({
  option,
  height = 280,
  testId,
}: {
  option: echarts.EChartsCoreOption;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={box} data-testid={testId} style={{ width: '100%', height }} />;
}
