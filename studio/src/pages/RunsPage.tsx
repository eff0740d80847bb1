import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '../api/hooks';
import { StudioSegmentationRuns, StudioStartRun } from '../generated/operations';
import type { ClusteringAlgorithm } from '../generated/graphql';
import { useSession } from '../auth/AuthContext';
import { Card, Empty, ErrorNotice, Loading } from '../components/Status';
import { formatDateTime, formatShare } from '../format';

const ALGORITHMS: ClusteringAlgorithm[] = ['K_MEANS', 'X_MEANS', 'G_MEANS', 'GAUSSIAN_MIXTURE'];

export default function RunsPage() {
  const { segmentationId = '' } = useParams();
  const session = useSession();
  const query = useQuery(StudioSegmentationRuns, { id: segmentationId }, {
    pollMs: (d) => (d.segmentation?.runs?.edges.some((e) => e.node.status === 'RUNNING' || e.node.status === 'QUEUED') ? 2000 : null),
  });
  const [compare, setCompare] = useState<string[]>([]);
  if (query.error) return <ErrorNotice error={query.error} retry={query.refetch} />;
  if (!query.data) return <Loading what="runs" />;
  const segmentation = query.data.segmentation;
  if (!segmentation) return <Empty title="No such segmentation"><Link to="/segmentations">All segmentations</Link></Empty>;
  const runs = segmentation.runs?.edges.map((e) => e.node) ?? [];
  const toggle = (id: string) => setCompare((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-2)));
  return (
    <div className="page" data-testid="runs">
      <header className="page-header">
        <div>
          <h1>{segmentation.name}: runs</h1>
          <p className="muted">Features: {segmentation.features.map((f) => (f.weight === 1 ? f.name : `${f.name}×${f.weight}`)).join(', ')} · smallest segment ≥ {formatShare(segmentation.minSegmentShare)}</p>
        </div>
        <div className="page-actions"><Link className="button" to={`/segmentations/${segmentation.id}`}>Overview</Link></div>
      </header>
      {session.can.runSegmentations ? <StartRun segmentationId={segmentation.id} /> : null}
      <Card title="Runs" actions={compare.length === 2 ? <Link className="button" to={`/compare?a=${compare[0]}&b=${compare[1]}`}>Compare the two</Link> : <span className="muted small">tick two succeeded runs to compare them</span>}>
        {runs.length === 0 ? (
          <Empty title="No run yet">{session.can.runSegmentations ? 'Start one above.' : 'An analyst starts runs.'}</Empty>
        ) : (
          <div className="table-scroll"><table>
            <thead><tr><th scope="col"><span className="visually-hidden">Compare</span></th><th scope="col">Run</th><th scope="col">Status</th><th scope="col">k</th><th scope="col">Algorithm</th><th scope="col">Started</th><th scope="col">Finished</th></tr></thead>
            <tbody>{runs.map((r) => (
              <tr key={r.id}>
                <td><input type="checkbox" aria-label={`compare run ${r.id.slice(0, 8)}`} disabled={r.status !== 'SUCCEEDED'} checked={compare.includes(r.id)} onChange={() => toggle(r.id)} /></td>
                <th scope="row"><Link to={`/runs/${r.id}`}>{r.id.slice(0, 8)}</Link>{r.id === segmentation.activeRunId ? <span className="badge">active</span> : null}</th>
                <td><RunStatus status={r.status} progress={r.progress} step={r.step} reason={r.reason} /></td>
                <td>{r.k ?? `${r.kMin}..${r.kMax}`}</td>
                <td>{r.algorithm}</td>
                <td>{formatDateTime(r.startedAt ?? r.createdAt)}</td>
                <td>{formatDateTime(r.finishedAt)}</td>
              </tr>
            ))}</tbody>
          </table></div>
        )}
      </Card>
    </div>
  );
}

export function RunStatus({ status, progress, step, reason }: { status: string; progress: number; step: string | null; reason: string | null }) {
  if (status === 'RUNNING' || status === 'QUEUED') {
    return (
      <span className="progress-cell">
        <progress max={1} value={progress} aria-label={`run progress ${formatShare(progress, 0)}`} /> {formatShare(progress, 0)}{step ? ` · ${step}` : ''}
      </span>
    );
  }
  return <span className={`status status-${status.toLowerCase()}`} title={reason ?? undefined}>{status.toLowerCase()}{reason ? `: ${reason}` : ''}</span>;
}

function StartRun({ segmentationId }: { segmentationId: string }) {
  const navigate = useNavigate();
  const [mode, setMode] = useState<'range' | 'fixed'>('range');
  const [k, setK] = useState('5');
  const [kMin, setKMin] = useState('2');
  const [kMax, setKMax] = useState('8');
  const [algorithm, setAlgorithm] = useState<ClusteringAlgorithm>('K_MEANS');
  const [restarts, setRestarts] = useState('10');
  const [seed, setSeed] = useState('');
  const [start, state] = useMutation(StudioStartRun);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await start({
      input: {
        segmentationId,
        algorithm,
        restarts: Number(restarts),
        seed: seed.trim() || null,
        ...(mode === 'fixed' ? { k: Number(k) } : { kMin: Number(kMin), kMax: Number(kMax) }),
      },
    });
    if (done?.startSegmentationRun) navigate(`/runs/${done.startSegmentationRun.id}`);
  };
  return (
    <Card title="Start a run" testId="start-run">
      <form className="row wrap" onSubmit={submit}>
        <fieldset className="row">
          <legend>Number of segments</legend>
          <label><input type="radio" name="mode" checked={mode === 'range'} onChange={() => setMode('range')} /> choose k from a range</label>
          <label><input type="radio" name="mode" checked={mode === 'fixed'} onChange={() => setMode('fixed')} /> fixed k</label>
          {mode === 'fixed'
            ? <label>k <input data-testid="k" type="number" min="2" max="50" value={k} onChange={(e) => setK(e.target.value)} /></label>
            : <><label>from <input data-testid="k-min" type="number" min="2" max="50" value={kMin} onChange={(e) => setKMin(e.target.value)} /></label>
              <label>to <input data-testid="k-max" type="number" min="2" max="50" value={kMax} onChange={(e) => setKMax(e.target.value)} /></label></>}
        </fieldset>
        <label>Algorithm <select value={algorithm} onChange={(e) => setAlgorithm(e.target.value as ClusteringAlgorithm)}>{ALGORITHMS.map((a) => <option key={a}>{a}</option>)}</select></label>
        <label>Restarts <input type="number" min="1" max="100" value={restarts} onChange={(e) => setRestarts(e.target.value)} /></label>
        <label>Seed <input data-testid="seed" value={seed} onChange={(e) => setSeed(e.target.value)} placeholder="random" size={10} /></label>
        <button type="submit" disabled={state.running}>Start run</button>
        {state.error ? <ErrorNotice error={state.error} /> : null}
      </form>
    </Card>
  );
}
