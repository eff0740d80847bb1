import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '../api/hooks';
import { StudioActivateRun, StudioCancelRun, StudioRun } from '../generated/operations';
import type { StudioRunQuery } from '../generated/graphql';
import { useSession } from '../auth/AuthContext';
import { EChart, type ChartOption } from '../charts/EChart';
import { registerLines } from '../charts/register';
import { CATEGORICAL } from '../charts/palette';
import { diagnosticsSeries } from '../charts/diagnostics';
import { Card, Empty, ErrorNotice, Loading, Stat } from '../components/Status';
import { formatDateTime, formatNumber, formatShare } from '../format';
import { RunStatus } from './RunsPage';

registerLines();

type Run = NonNullable<StudioRunQuery['segmentationRun']>;

export default function RunPage() {
  const { runId = '' } = useParams();
  const query = useQuery(StudioRun, { id: runId }, {
    pollMs: (d) => (d.segmentationRun && ['QUEUED', 'RUNNING'].includes(d.segmentationRun.status) ? 1000 : null),
  });
  if (query.error) return <ErrorNotice error={query.error} retry={query.refetch} />;
  if (!query.data) return <Loading what="the run" />;
  const run = query.data.segmentationRun;
  if (!run) return <Empty title="No such run"><Link to="/segmentations">All segmentations</Link></Empty>;
  return (
    <div className="page" data-testid="run">
      <header className="page-header">
        <div>
          <h1>Run {run.id.slice(0, 8)}</h1>
          <p className="muted">{run.algorithm}, {run.k !== null && run.kMin === run.kMax ? `k = ${run.k}` : `k from ${run.kMin} to ${run.kMax}`}, {run.restarts} restarts, seed {run.seed} · created {formatDateTime(run.createdAt)} · <Link to={`/segmentations/${run.segmentationId}/runs`}>all runs</Link></p>
        </div>
        <RunActions run={run} onChange={query.refetch} />
      </header>
      <Card title="Progress" testId="run-progress">
        <div data-testid="run-status" data-status={run.status}>
          <RunStatus status={run.status} progress={run.progress} step={run.step} reason={run.reason} />
        </div>
        <progress className="wide" max={1} value={run.status === 'SUCCEEDED' ? 1 : run.progress} aria-label="run progress" data-testid="run-progress-bar" />
        <span data-testid="run-progress-value">{formatShare(run.status === 'SUCCEEDED' ? 1 : run.progress, 0)}</span>
      </Card>
      {run.report ? <Report run={run} /> : null}
      {run.segments.length > 0 ? (
        <Card title="Segments">
          <ul className="plain">{run.segments.map((s) => <li key={s.id}><Link to={`/segments/${s.id}`}>{s.displayName}</Link> · {formatNumber(s.size)} ({formatShare(s.share)})</li>)}</ul>
        </Card>
      ) : null}
    </div>
  );
}

function RunActions({ run, onChange }: { run: Run; onChange: () => void }) {
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [activate, activation] = useMutation(StudioActivateRun);
  const [cancel, cancellation] = useMutation(StudioCancelRun);
  if (!session.can.runSegmentations) return null;
  const members = run.segments.reduce((sum, s) => sum + Number(s.size), 0);
  return (
    <div className="page-actions">
      {(run.status === 'RUNNING' || run.status === 'QUEUED') && !run.cancelRequested ? (
        <button type="button" onClick={async () => { if (await cancel({ runId: run.id })) onChange(); }} disabled={cancellation.running}>Cancel run</button>
      ) : null}
      {run.status === 'SUCCEEDED' ? (
        confirming ? (
          <div className="confirm" role="alertdialog" aria-labelledby="activate-question" data-testid="activate-confirm">
            <p id="activate-question">Activate this run? <strong>{formatNumber(members)} customers</strong> will be tagged with its {run.segments.length} segments, replacing the segmentation's current tags.</p>
            <button type="button" className="primary" disabled={activation.running} onClick={async () => { if (await activate({ runId: run.id })) { setConfirming(false); onChange(); } }}>Activate and tag {formatNumber(members)} customers</button>
            <button type="button" onClick={() => setConfirming(false)}>Keep the current run</button>
          </div>
        ) : <button type="button" className="primary" onClick={() => setConfirming(true)} data-testid="activate">Activate…</button>
      ) : null}
      {activation.data ? <p className="ok" role="status" data-testid="activated">Activated: tags are on their way to every member.</p> : null}
      {activation.error ? <ErrorNotice error={activation.error} /> : null}
      {cancellation.error ? <ErrorNotice error={cancellation.error} /> : null}
    </div>
  );
}

function Report({ run }: { run: Run }) {
  const report = run.report as NonNullable<Run['report']>;
  const series = useMemo(() => diagnosticsSeries(report.candidates ?? []), [report]);
  const option = (values: (number | null)[], colour: string): ChartOption => ({
    color: [colour],
    grid: { left: 56, right: 24, top: 28, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', name: 'k', data: series.ks.map(String) },
    yAxis: { type: 'value', scale: true },
    series: [{
      type: 'line', data: values, symbolSize: 9, connectNulls: false,
      markLine: report.recommendedK === null ? undefined : { symbol: 'none', label: { formatter: `k = ${report.recommendedK}` }, lineStyle: { type: 'dashed' }, data: [{ xAxis: String(report.recommendedK) }] },
    }],
  });
  const p = report.population;
  const st = report.stability;
  return (
    <>
      <Card title="Report" testId="run-report">
        <dl className="stats">
          <Stat label="Recommended k" value={<span data-testid="recommended-k">{report.recommendedK ?? '–'}</span>} />
          <Stat label="Duration" value={`${formatNumber(Number(report.durationMillis) / 1000, 1)} s`} />
          {p ? <Stat label="Customers clustered" value={`${formatNumber(p.included)} of ${formatNumber(p.known)}`} /> : null}
          {st ? <Stat label="Stability (mean ARI)" value={`${formatNumber(st.meanAdjustedRandIndex, 2)} (min ${formatNumber(st.minimumAdjustedRandIndex, 2)}, ${st.replicates} bootstraps)`} /> : null}
        </dl>
        {report.rule ? <p data-testid="run-explanation">{report.rule}</p> : null}
        {p ? <p className="muted small">Left out: {formatNumber(p.withoutConsent)} without profiling consent, {formatNumber(p.missingFeatures)} without the features, {formatNumber(p.flaggedResponses)} with flagged answers.</p> : null}
        {(report.warnings ?? []).filter(Boolean).map((w) => <p key={w} className="notice warn">{w}</p>)}
      </Card>
      {series.ks.length > 1 ? (
        <div className="grid two" data-testid="diagnostics">
          <Card title="Silhouette (higher is better)"><EChart option={option(series.silhouette, CATEGORICAL[0])} label="Silhouette per k" summary={series.text('silhouette')} height={220} /></Card>
          <Card title="Calinski-Harabasz (higher is better)"><EChart option={option(series.calinskiHarabasz, CATEGORICAL[1])} label="Calinski-Harabasz index per k" summary={series.text('calinskiHarabasz')} height={220} /></Card>
          <Card title="Davies-Bouldin (lower is better)"><EChart option={option(series.daviesBouldin, CATEGORICAL[2])} label="Davies-Bouldin index per k" summary={series.text('daviesBouldin')} height={220} /></Card>
          <Card title="Smallest segment share (the guardrail)"><EChart option={option(series.smallestShare, CATEGORICAL[3])} label="Smallest segment share per k" summary={series.text('smallestShare')} height={220} /></Card>
        </div>
      ) : null}
      {(report.candidates ?? []).some((c) => c && !c.eligible) ? (
        <Card title="Excluded k">
          <ul className="plain">{(report.candidates ?? []).filter((c) => c && !c.eligible).map((c) => <li key={c!.k}>k = {c!.k}: {c!.exclusion}</li>)}</ul>
        </Card>
      ) : null}
    </>
  );
}
