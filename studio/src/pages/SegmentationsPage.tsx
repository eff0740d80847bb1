import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '../api/hooks';
import { StudioDefineSegmentation, StudioSegmentationFeatures, StudioSegmentations } from '../generated/operations';
import { useSession } from '../auth/AuthContext';
import { Card, Empty, ErrorNotice, Loading } from '../components/Status';
import { formatDateTime, formatShare } from '../format';

export default function SegmentationsPage() {
  const session = useSession();
  const list = useQuery(StudioSegmentations, {});
  const segmentations = list.data?.segmentations?.edges.map((e) => e.node) ?? [];
  return (
    <div className="page" data-testid="segmentations">
      <header className="page-header"><h1>Segmentations</h1></header>
      <Card title="All segmentations">
        {list.error ? <ErrorNotice error={list.error} retry={list.refetch} /> : !list.data ? <Loading what="segmentations" /> : segmentations.length === 0 ? (
          <Empty title="No segmentation yet">{session.can.runSegmentations ? 'Define one below.' : 'An analyst defines segmentations.'}</Empty>
        ) : (
          <div className="table-scroll"><table>
            <thead><tr><th scope="col">Name</th><th scope="col">Features</th><th scope="col">Active run</th><th scope="col">Created</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>{segmentations.map((s) => (
              <tr key={s.id}>
                <th scope="row"><Link to={`/segmentations/${s.id}`}>{s.name}</Link>{s.description ? <div className="muted small">{s.description}</div> : null}</th>
                <td>{s.features.length} ({s.features.slice(0, 3).map((f) => f.name).join(', ')}{s.features.length > 3 ? ', …' : ''})</td>
                <td>{s.activeRunId ? `since ${formatDateTime(s.activatedAt)}` : 'none'}</td>
                <td>{formatDateTime(s.createdAt)}</td>
                <td><Link to={`/segmentations/${s.id}/runs`}>Runs</Link></td>
              </tr>
            ))}</tbody>
          </table></div>
        )}
      </Card>
      {session.can.runSegmentations ? <DefineSegmentation onDefined={list.refetch} /> : null}
    </div>
  );
}

/** Features grouped by prefix (value., higher., behaviour., demographic....) for the picker. */
function groupFeatures(features: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const f of features) {
    const group = f.includes('.') ? f.slice(0, f.indexOf('.')) : 'other';
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  return [...groups.entries()];
}

function DefineSegmentation({ onDefined }: { onDefined: () => void }) {
  const navigate = useNavigate();
  const features = useQuery(StudioSegmentationFeatures, {});
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [minShare, setMinShare] = useState('0.05');
  const [excludeFlagged, setExcludeFlagged] = useState(true);
  const [define, state] = useMutation(StudioDefineSegmentation);
  const groups = useMemo(() => groupFeatures(features.data?.segmentationFeatures ?? []), [features.data]);
  const chosen = Object.entries(weights);

  const toggle = (feature: string, on: boolean) =>
    setWeights((w) => {
      const next = { ...w };
      if (on) next[feature] = '1'; else delete next[feature];
      return next;
    });
  const chooseGroup = (names: string[]) => setWeights((w) => ({ ...w, ...Object.fromEntries(names.map((n) => [n, w[n] ?? '1'])) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await define({
      input: {
        name: name.trim(),
        description: description.trim() || null,
        features: chosen.map(([feature, weight]) => ({ name: feature, weight: Number(weight) })),
        minSegmentShare: Number(minShare),
        excludeFlaggedResponses: excludeFlagged,
      },
    });
    if (done?.defineSegmentation) {
      onDefined();
      navigate(`/segmentations/${done.defineSegmentation.id}/runs`);
    }
  };

  return (
    <Card title="Define a segmentation" testId="define-segmentation">
      <form className="stack" onSubmit={submit}>
        <label>Name <input required value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>
        <label>Description <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={1000} /></label>
        <fieldset>
          <legend>Features and weights ({chosen.length} chosen)</legend>
          {features.error ? <ErrorNotice error={features.error} /> : !features.data ? <Loading what="features" /> : groups.map(([group, names]) => (
            <details key={group} open={group === 'value'}>
              <summary>{group} ({names.length}) <button type="button" className="link" onClick={() => chooseGroup(names)}>choose all</button></summary>
              <div className="feature-grid">
                {names.map((f) => (
                  <div key={f} className="feature">
                    <label><input type="checkbox" checked={f in weights} onChange={(e) => toggle(f, e.target.checked)} /> {f}</label>
                    {f in weights ? (
                      <label className="weight">weight <input type="number" min="0.01" max="10" step="0.1" value={weights[f]} onChange={(e) => setWeights((w) => ({ ...w, [f]: e.target.value }))} /></label>
                    ) : null}
                  </div>
                ))}
              </div>
            </details>
          ))}
        </fieldset>
        <fieldset>
          <legend>Guardrail</legend>
          <label>Smallest segment share <input type="number" min="0" max="0.5" step="0.01" value={minShare} onChange={(e) => setMinShare(e.target.value)} /></label>
          <span className="muted small"> a k whose smallest segment holds less is not recommended ({formatShare(Number(minShare) || 0)})</span>
          <label><input type="checkbox" checked={excludeFlagged} onChange={(e) => setExcludeFlagged(e.target.checked)} /> Leave out answers flagged for quality</label>
        </fieldset>
        {state.error ? <ErrorNotice error={state.error} /> : null}
        <div><button type="submit" disabled={state.running || chosen.length === 0 || name.trim() === ''}>Define segmentation</button></div>
      </form>
    </Card>
  );
}
