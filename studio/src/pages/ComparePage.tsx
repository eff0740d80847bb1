import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '../api/hooks';
import { StudioCompareRuns } from '../generated/operations';
import { EChart, type ChartOption } from '../charts/EChart';
import { registerHeatmap } from '../charts/register';
import { SEQUENTIAL } from '../charts/palette';
import { heatmapCells } from '../charts/shapes';
import { Card, Empty, ErrorNotice, Loading, Stat } from '../components/Status';
import { formatNumber } from '../format';

registerHeatmap();

export default function ComparePage() {
  const [params, setParams] = useSearchParams();
  const runA = params.get('a') ?? '';
  const runB = params.get('b') ?? '';
  const [a, setA] = useState(runA);
  const [b, setB] = useState(runB);
  const query = useQuery(StudioCompareRuns, { runA, runB }, { skip: runA === '' || runB === '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ a: a.trim(), b: b.trim() });
  };
  const comparison = query.data?.compareRuns ?? null;
  const cells = useMemo(() => heatmapCells(comparison?.migration), [comparison]);
  const option: ChartOption | null = comparison ? {
    grid: { left: 180, right: 24, top: 16, bottom: 110 },
    tooltip: { formatter: (p: { value: [number, number, number] }) => `${comparison.segmentsA?.[p.value[1]] ?? ''} → ${comparison.segmentsB?.[p.value[0]] ?? ''}: ${formatNumber(p.value[2])}` },
    xAxis: { type: 'category', data: comparison.segmentsB ?? [], name: 'run B', axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'category', data: comparison.segmentsA ?? [], name: 'run A', axisLabel: { width: 160, overflow: 'truncate' } },
    visualMap: { min: 0, max: Math.max(1, cells.max), calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: [...SEQUENTIAL].reverse() } },
    series: [{ type: 'heatmap', data: cells.cells, label: { show: true, formatter: (p: { value: [number, number, number] }) => formatNumber(p.value[2]) } }],
  } : null;
  return (
    <div className="page" data-testid="compare">
      <header className="page-header"><h1>Compare runs</h1></header>
      <Card title="Runs">
        <form className="row wrap" onSubmit={submit}>
          <label>Run A <input value={a} onChange={(e) => setA(e.target.value)} size={38} required /></label>
          <label>Run B <input value={b} onChange={(e) => setB(e.target.value)} size={38} required /></label>
          <button type="submit">Compare</button>
        </form>
      </Card>
      {runA === '' || runB === '' ? <Empty title="Pick two succeeded runs">Tick two runs on a segmentation's runs page, or paste their ids.</Empty>
        : query.error ? <ErrorNotice error={query.error} retry={query.refetch} />
        : !comparison ? <Loading what="the comparison" />
        : (
          <Card title="Migration matrix" testId="migration">
            <dl className="stats">
              <Stat label="Adjusted Rand index" value={<span data-testid="ari">{formatNumber(comparison.adjustedRandIndex, 3)}</span>} />
              <Stat label="Customers in both runs" value={formatNumber(comparison.commonCustomers)} />
            </dl>
            <p className="muted small">Each cell counts the customers in segment A (row) who are in segment B (column). ARI 1: the same partition; 0: no more alike than chance.</p>
            {option ? <EChart option={option} label="Migration matrix between the two runs' segments" height={Math.max(280, 60 * (comparison.segmentsA?.length ?? 1) + 140)} /> : null}
          </Card>
        )}
    </div>
  );
}
