import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the first screen (the overview's value map) draws; each other page registers its own charts with
// echarts.use in its module (charts/register.ts), so they load with that page (echarts' tree-shakable entry points).
echarts.use([ScatterChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One ECharts chart. `label` names it for screen readers; `summary` is its data as text (a chart alone is not
 * accessible), shown to assistive technology.
 */
export function EChart({ option, label, summary, height = 320, testId }: {
  option: ChartOption;
  label: string;
  summary?: string;
  height?: number;
  testId?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }, [option]);

  return (
    <figure className="chart" data-testid={testId}>
      <div ref={host} role="img" aria-label={label} style={{ height }} />
      {summary ? <figcaption className="visually-hidden">{summary}</figcaption> : null}
    </figure>
  );
}
