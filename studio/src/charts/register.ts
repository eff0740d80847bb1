// Chart types beyond the overview's, registered by the lazily loaded pages that draw them (see EChart.tsx).
import { use } from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, RadarChart } from 'echarts/charts';
import { LegendComponent, MarkLineComponent, RadarComponent } from 'echarts/components';

export function registerRadar(): void {
  use([RadarChart, RadarComponent, LegendComponent]);
}

export function registerLines(): void {
  use([LineChart, MarkLineComponent, LegendComponent]);
}

export function registerHeatmap(): void {
  use([HeatmapChart]);
}

export function registerBars(): void {
  use([BarChart]);
}
