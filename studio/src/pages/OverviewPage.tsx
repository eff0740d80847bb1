import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '../api/hooks';
import { StudioAllocateBudget, StudioOverview, StudioSegmentations, StudioValueSegments } from '../generated/operations';
import type { AllocationObjective, StudioOverviewQuery } from '../generated/graphql';
import { useSession } from '../auth/AuthContext';
import { EChart, type ChartOption } from '../charts/EChart';
import { SEQUENTIAL } from '../charts/palette';
import { budgetRows, parseBudget, valueMap, type MapShape } from '../charts/shapes';
import { Card, Empty, ErrorNotice, Loading } from '../components/Status';
import { SegmentationPicker } from '../components/SegmentationPicker';
import { formatDateTime, formatMoney, formatNumber, formatShare } from '../format';

type Valuation = NonNullable<NonNullable<StudioOverviewQuery['segmentValuations']>[number]>;

/** A segmentation's active run: the value map, the ranked valuation table and the budget split. */
export function OverviewPage(props: { segmentationId?: string; segmentations?: readonly { id: string; name: string; activeRunId: string | null }[] }) {
  const params = useParams();
  const segmentationId = props.segmentationId ?? params.segmentationId ?? '';
  const session = useSession();
  const list = useQuery(StudioSegmentations, {}, { skip: props.segmentations !== undefined });
  const segmentations = props.segmentations ?? list.data?.segmentations?.edges.map((e) => e.node) ?? [];
  const overview = useQuery(StudioOverview, { segmentationId });

  if (overview.error) return <ErrorNotice error={overview.error} retry={overview.refetch} />;
  if (!overview.data) return <Loading what="the overview" />;
  const segmentation = overview.data.segmentation;
  if (!segmentation) return <Empty title="No such segmentation"><p><Link to="/segmentations">See all segmentations</Link>.</p></Empty>;

  const valuations = (overview.data.segmentValuations ?? []).filter((v): v is Valuation => v !== null);
  const activeIds = new Set(segmentation.segments.map((s) => s.id));
  const current = valuations.filter((v) => activeIds.has(v.segmentId)).sort((a, b) => a.rank - b.rank);
  const names = new Map(segmentation.segments.map((s) => [s.id, s.displayName]));

  return (
    <div className="page" data-testid="overview">
      <header className="page-header">
        <div>
          <h1>{segmentation.name}</h1>
          <p className="muted">
            {segmentation.activeRun
              ? <>Active run: k = {segmentation.activeRun.k ?? '–'} ({segmentation.activeRun.algorithm}), activated {formatDateTime(segmentation.activatedAt)}</>
              : 'No active run'}
          </p>
        </div>
        <div className="page-actions">
          <SegmentationPicker current={segmentation.id} segmentations={segmentations} />
          <Link className="button" to={`/segmentations/${segmentation.id}/runs`}>Runs</Link>
        </div>
      </header>
      {!segmentation.activeRunId ? (
        <Empty title="No run is active yet">
          {session.can.runSegmentations
            ? <p><Link to={`/segmentations/${segmentation.id}/runs`}>Start a run</Link>, then activate it to tag the customers.</p>
            : <p>An analyst starts and activates a run; its segments show here then.</p>}
        </Empty>
      ) : current.length === 0 ? (
        <>
          <SegmentList segments={segmentation.segments} />
          <Empty title="The active run's segments are not valued yet">
            {session.can.runSegmentations
              ? <ValueNow segmentationId={segmentation.id} onValued={overview.refetch} />
              : <p>An analyst values the segments; the map and table follow.</p>}
          </Empty>
        </>
      ) : (
        <>
          <div className="grid two">
            <Card title="Value map" testId="value-map">
              <ValueMap valuations={current} names={names} />
            </Card>
            <BudgetCard segmentationId={segmentation.id} currency={current[0]?.currency ?? null} names={names} />
          </div>
          <Card title="Segments by value" testId="valuation-table">
            <ValuationTable valuations={current} names={names} />
          </Card>
        </>
      )}
    </div>
  );
}

function ValueNow({ segmentationId, onValued }: { segmentationId: string; onValued: () => void }) {
  const [value, state] = useMutation(StudioValueSegments);
  return (
    <>
      <p>Value them over the last 12 months with the newest fitted CLV model; the map and table follow.</p>
      <button type="button" className="primary" disabled={state.running} data-testid="value-segments"
        onClick={async () => { if (await value({ segmentationId })) onValued(); }}>{state.running ? 'Valuing…' : 'Value segments now'}</button>
      {state.error ? <ErrorNotice error={state.error} /> : null}
    </>
  );
}

type OverviewSegment = NonNullable<StudioOverviewQuery['segmentation']>['segments'][number];

function SegmentList({ segments }: { segments: readonly OverviewSegment[] }) {
  return (
    <Card title="Segments" testId="segment-list">
      <ul className="plain">
        {segments.map((s) => (
          <li key={s.id}><Link to={`/segments/${s.id}`}>{s.displayName}</Link> · {formatNumber(s.size)} customers ({formatShare(s.share)})</li>
        ))}
      </ul>
    </Card>
  );
}

function mapOption(shape: MapShape, currency: string | null): ChartOption {
  const maxRank = Math.max(1, ...shape.points.map((p) => p.rank));
  return {
    grid: { left: 64, right: 32, top: 32, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: { name: string; value: number[] } }) =>
        `${p.data.name}<br/>mean CLV ${formatMoney(p.data.value[0], currency)}<br/>churn risk ${formatShare(p.data.value[1])}<br/>${formatNumber(p.data.value[2])} customers · rank ${p.data.value[3]}`,
    },
    xAxis: { type: 'value', name: 'Mean CLV', nameLocation: 'middle', nameGap: 28, min: shape.x.min, max: shape.x.max,
      axisLabel: { formatter: (v: number) => formatMoney(v, currency, undefined, 0), showMinLabel: false, showMaxLabel: false, hideOverlap: true } },
    yAxis: { type: 'value', name: 'Churn risk', nameLocation: 'middle', nameGap: 48, min: shape.y.min, max: shape.y.max,
      axisLabel: { formatter: (v: number) => formatShare(v, 0), showMinLabel: false, showMaxLabel: false } },
    visualMap: { show: false, dimension: 3, min: 1, max: maxRank, inRange: { color: SEQUENTIAL } },
    series: [{
      type: 'scatter',
      data: shape.points.map((p) => ({ name: p.label, value: [p.x, p.y, p.customers, p.rank], symbolSize: p.symbolSize })),
      label: { show: true, position: 'top', formatter: (p: { data: { name: string } }) => p.data.name, fontSize: 11, width: 160, overflow: 'truncate' },
      labelLayout: { hideOverlap: true },
      itemStyle: { opacity: 0.85, borderColor: '#fff', borderWidth: 1 },
    }],
  };
}

function ValueMap({ valuations, names }: { valuations: Valuation[]; names: Map<string, string> }) {
  const currency = valuations[0]?.currency ?? null;
  const shape = useMemo(() => valueMap(valuations.map((v) => ({
    id: v.segmentId,
    label: names.get(v.segmentId) ?? v.segmentLabel ?? v.segmentId,
    customers: v.customers,
    meanClv: v.meanClv,
    churnRisk: v.churnRisk,
    rank: v.rank,
  }))), [valuations, names]);
  const option = useMemo(() => mapOption(shape, currency), [shape, currency]);
  const summary = shape.points.map((p) => `${p.label}: mean CLV ${formatMoney(p.x, currency)}, churn risk ${formatShare(p.y)}, ${formatNumber(p.customers)} customers, rank ${p.rank}`).join('; ');
  return (
    <>
      <EChart option={option} label="Segments by mean CLV (x), churn risk (y) and customers (bubble area); darker is a better value rank" summary={summary} testId="value-map-chart" />
      <p className="muted small">Bubble area: customers. Colour: value rank (darkest is rank 1).
        {shape.missing.length > 0 ? ` Not on the map (no CLV or churn risk yet): ${shape.missing.join(', ')}.` : ''}</p>
    </>
  );
}

function ValuationTable({ valuations, names }: { valuations: Valuation[]; names: Map<string, string> }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Segments ranked by value score</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th><th scope="col">Segment</th><th scope="col" className="num">Customers</th>
            <th scope="col" className="num">Revenue share</th><th scope="col" className="num">AOV</th>
            <th scope="col" className="num">Frequency</th><th scope="col" className="num">Retention</th>
            <th scope="col" className="num">Mean CLV</th><th scope="col" className="num">Market potential</th>
            <th scope="col" className="num">Value score</th>
          </tr>
        </thead>
        <tbody>
          {valuations.map((v) => (
            <tr key={v.segmentId}>
              <td>{v.rank}</td>
              <th scope="row"><Link to={`/segments/${v.segmentId}`}>{names.get(v.segmentId) ?? v.segmentLabel ?? v.segmentId}</Link></th>
              <td className="num">{formatNumber(v.customers)}</td>
              <td className="num">{formatShare(v.revenueShare)}</td>
              <td className="num">{formatMoney(v.averageOrderValue, v.currency)}</td>
              <td className="num">{formatNumber(v.purchaseFrequency, 2)}</td>
              <td className="num">{formatShare(v.retentionRate)}</td>
              <td className="num">{formatMoney(v.meanClv, v.currency)}</td>
              <td className="num">{v.marketPotential === null ? '–' : formatNumber(v.marketPotential, 2)}</td>
              <td className="num">{formatNumber(v.valueScore, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Valued {formatDateTime(valuations[0]?.valuedAt)}; revenue over the valuation period, CLV over the model's horizon.</p>
    </div>
  );
}

const OBJECTIVES: { value: AllocationObjective; label: string }[] = [
  { value: 'CLV', label: 'CLV' },
  { value: 'VALUE_SCORE', label: 'value score' },
  { value: 'REVENUE', label: 'revenue' },
  { value: 'MARKET_POTENTIAL', label: 'market potential' },
];

function BudgetCard({ segmentationId, currency, names }: { segmentationId: string; currency: string | null; names: Map<string, string> }) {
  const [text, setText] = useState('100000');
  const [objective, setObjective] = useState<AllocationObjective>('CLV');
  const [invalid, setInvalid] = useState(false);
  const [allocate, state] = useMutation(StudioAllocateBudget);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const budget = parseBudget(text);
    setInvalid(budget === null);
    if (budget !== null) void allocate({ segmentationId, budget: String(budget), objective });
  };
  const allocation = state.data?.allocateBudget ?? null;
  const rows = allocation ? budgetRows(allocation.lines) : [];
  return (
    <Card title="Budget split" testId="budget">
      <form className="row" onSubmit={submit}>
        <label>Budget{currency ? ` (${currency})` : ''}{' '}
          <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={invalid} aria-describedby="budget-help" size={12} />
        </label>
        <label>By{' '}
          <select value={objective} onChange={(e) => setObjective(e.target.value as AllocationObjective)}>
            {OBJECTIVES.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <button type="submit" disabled={state.running}>Split</button>
      </form>
      <p id="budget-help" className={invalid ? 'error-text' : 'muted small'}>{invalid ? 'Type a positive amount, e.g. 100000 or 100,000.50.' : 'Split across the active run\'s segments by expected value.'}</p>
      {state.error ? <ErrorNotice error={state.error} /> : null}
      {allocation ? (
        <table data-testid="budget-table">
          <thead><tr><th scope="col">Segment</th><th scope="col" className="num">Share</th><th scope="col" className="num">Amount</th><th scope="col" className="num">Expected return</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.segmentId}>
                <th scope="row">{names.get(r.segmentId) ?? r.label}</th>
                <td className="num"><span className="bar" style={{ width: `${Math.round(r.share * 100)}%` }} aria-hidden="true" />{formatShare(r.share)}</td>
                <td className="num">{formatMoney(r.amount, allocation.currency)}</td>
                <td className="num">{formatMoney(r.expectedReturn, allocation.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
