import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useClient } from '../api/ClientContext';
import { useMutation, useQuery } from '../api/hooks';
import { ApiError } from '../api/errors';
import { StudioRenameSegment, StudioRunSegments, StudioSegment, StudioSegmentMembers } from '../generated/operations';
import type { StudioSegmentQuery } from '../generated/graphql';
import { useSession } from '../auth/AuthContext';
import { EChart, type ChartOption } from '../charts/EChart';
import { registerRadar, registerLines } from '../charts/register';
import { CATEGORICAL } from '../charts/palette';
import { CIRCUMPLEX, populationRadar, radarRange, radarValues } from '../charts/shapes';
import { Card, Empty, ErrorNotice, Loading, Stat } from '../components/Status';
import { membersCsv, type MemberRow } from '../export/membersCsv';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatShare, humanise } from '../format';

registerRadar();
registerLines();

type Segment = NonNullable<StudioSegmentQuery['segment']>;

export default function SegmentPage() {
  const { segmentId = '' } = useParams();
  const query = useQuery(StudioSegment, { id: segmentId });
  if (query.error) return <ErrorNotice error={query.error} retry={query.refetch} />;
  if (!query.data) return <Loading what="the segment" />;
  const segment = query.data.segment;
  if (!segment) return <Empty title="No such segment"><p><Link to="/">Back to the overview</Link>.</p></Empty>;
  const history = query.data.valuationHistory?.edges.map((e) => e.node) ?? [];
  const campaigns = (query.data.campaigns ?? []).filter((c) => c !== null);
  return (
    <div className="page" data-testid="segment">
      <SegmentHeader segment={segment} onRenamed={query.refetch} />
      <div className="grid two">
        <Card title="Values: segment vs population" testId="values-radar"><ValuesRadar segment={segment} /></Card>
        <Card title="Profile">
          <h3>Defining values</h3>
          <ul className="plain" data-testid="defining-values">
            {(segment.profile.definingValues ?? []).filter((v) => v !== null).map((v) => (
              <li key={v.value}>{humanise(v.value)} <span className={v.deviation >= 0 ? 'up' : 'down'}>{v.deviation >= 0 ? '+' : ''}{formatNumber(v.deviation, 2)}</span> <span className="muted small">(segment mean {formatNumber(v.mean, 2)})</span></li>
            ))}
          </ul>
          <Behaviour segment={segment} />
          <DemographicMix segment={segment} />
        </Card>
      </div>
      <div className="grid two">
        <Card title="Valuation history"><ValuationHistory history={history} /></Card>
        <Card title="Campaigns">
          {campaigns.length === 0 ? <Empty title="No campaign aimed at this segment yet" /> : (
            <div className="table-scroll"><table>
              <thead><tr><th scope="col">Campaign</th><th scope="col">Period</th><th scope="col" className="num">Cost</th><th scope="col" className="num">Attributed revenue</th><th scope="col" className="num">ROI</th></tr></thead>
              <tbody>{campaigns.map((c) => (
                <tr key={c.id}><th scope="row">{c.name}</th><td>{formatDate(c.startsOn)} – {formatDate(c.endsOn)}</td><td className="num">{formatMoney(c.cost, c.currency)}</td><td className="num">{formatMoney(c.attributedRevenue, c.currency)}</td><td className="num">{c.roi === null ? '–' : formatShare(c.roi)}</td></tr>
              ))}</tbody>
            </table></div>
          )}
          <p className="muted small">ROI is last-touch attribution: revenue of orders that name the campaign.</p>
        </Card>
      </div>
      <Members segment={segment} />
    </div>
  );
}

function SegmentHeader({ segment, onRenamed }: { segment: Segment; onRenamed: () => void }) {
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(segment.name ?? '');
  const [rename, state] = useMutation(StudioRenameSegment);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await rename({ segmentId: segment.id, name: name.trim() === '' ? null : name.trim() });
    if (done) {
      setEditing(false);
      onRenamed();
    }
  };
  const v = segment.valuation;
  return (
    <header className="page-header">
      <div>
        <h1 data-testid="segment-name">{segment.displayName}</h1>
        <p className="muted">{segment.name ? `Label: ${segment.label} · ` : ''}{formatNumber(segment.size)} customers, {formatShare(segment.share)} of the run · <Link to={`/segmentations/${segment.segmentationId}`}>overview</Link> · <Link to={`/runs/${segment.runId}`}>run</Link></p>
        {v ? (
          <dl className="stats">
            <Stat label="Value rank" value={v.rank} />
            <Stat label="Mean CLV" value={formatMoney(v.meanClv, v.currency)} />
            <Stat label="Churn risk" value={formatShare(v.churnRisk)} />
            <Stat label="Revenue share" value={formatShare(v.revenueShare)} />
            <Stat label="Retention" value={formatShare(v.retentionRate)} />
          </dl>
        ) : <p className="muted small">Not valued yet.</p>}
      </div>
      {session.can.renameSegments ? (
        editing ? (
          <form className="row" onSubmit={submit}>
            <label>Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoFocus /></label>
            <button type="submit" disabled={state.running}>Save</button>
            <button type="button" onClick={() => setEditing(false)}>Cancel</button>
            {state.error ? <ErrorNotice error={state.error} /> : null}
          </form>
        ) : <button type="button" onClick={() => setEditing(true)} data-testid="rename">Rename</button>
      ) : null}
    </header>
  );
}

function ValuesRadar({ segment }: { segment: Segment }) {
  const run = useQuery(StudioRunSegments, { id: segment.runId });
  const own = useMemo(() => radarValues(segment.profile.centroid), [segment]);
  const population = useMemo(() => populationRadar(run.data?.segmentationRun?.segments.map((s) => ({ size: s.size, centroid: s.profile.centroid })) ?? []), [run.data]);
  if (own.every((v) => v === null)) return <Empty title="This segmentation does not use the ten values as features" />;
  const range = radarRange(own, population);
  const option: ChartOption = {
    color: [CATEGORICAL[0], CATEGORICAL[1]],
    legend: { bottom: 0 },
    tooltip: { trigger: 'item' },
    radar: { indicator: CIRCUMPLEX.map((v) => ({ name: humanise(v), min: range.min, max: range.max })), radius: '62%', splitNumber: 4 },
    series: [{
      type: 'radar',
      data: [
        { name: 'This segment', value: own.map((v) => v ?? 0), areaStyle: { opacity: 0.2 } },
        { name: 'Population', value: population.map((v) => v ?? 0), lineStyle: { type: 'dashed' } },
      ],
    }],
  };
  const summary = CIRCUMPLEX.map((v, i) => `${humanise(v)} ${formatNumber(own[i], 2)} (population ${formatNumber(population[i], 2)})`).join(', ');
  return (
    <>
      <EChart option={option} label="The ten values in circumplex order, segment and population (centred scores)" summary={summary} height={340} testId="radar-chart" />
      <p className="muted small">Centred scores (a value's score minus the respondent's mean over all items), in Schwartz's circular order.</p>
    </>
  );
}

function Behaviour({ segment }: { segment: Segment }) {
  const b = segment.profile.behaviour;
  if (!b) return null;
  return (
    <>
      <h3>Behaviour</h3>
      <dl className="stats">
        <Stat label="Orders per customer" value={formatNumber(b.frequency, 2)} />
        <Stat label="Spend per customer" value={formatNumber(b.monetary, 2)} />
        <Stat label="Days since last order" value={formatNumber(b.recencyDays, 0)} />
        <Stat label="Tenure (days)" value={formatNumber(b.tenureDays, 0)} />
      </dl>
    </>
  );
}

function DemographicMix({ segment }: { segment: Segment }) {
  const mix = (segment.profile.demographicMix ?? []).filter((m) => m !== null);
  if (mix.length === 0) return null;
  return (
    <>
      <h3>Demographics</h3>
      {mix.map((m) => (
        <div key={m.attribute} className="mix">
          <span className="mix-name">{humanise(m.attribute)}</span>
          <span className="mix-parts">{(m.categories ?? []).filter((c) => c !== null).map((c) => `${humanise(c.category)} ${formatShare(c.share, 0)}`).join(' · ')}</span>
        </div>
      ))}
    </>
  );
}

function ValuationHistory({ history }: { history: { valuedAt: string; meanClv: number | null; valueScore: number; revenue: string | number; currency: string }[] }) {
  if (history.length === 0) return <Empty title="No valuation yet" />;
  const points = [...history].reverse();
  const currency = points[0].currency;
  const option: ChartOption = {
    color: [CATEGORICAL[0], CATEGORICAL[1]],
    grid: { left: 64, right: 56, top: 24, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: points.map((p) => formatDateTime(p.valuedAt)) },
    yAxis: [{ type: 'value', name: 'Mean CLV', axisLabel: { formatter: (v: number) => formatMoney(v, currency) } }, { type: 'value', name: 'Value score' }],
    series: [
      { name: 'Mean CLV', type: 'line', data: points.map((p) => p.meanClv), symbolSize: 8 },
      { name: 'Value score', type: 'line', yAxisIndex: 1, data: points.map((p) => p.valueScore), symbolSize: 8, lineStyle: { type: 'dashed' } },
    ],
  };
  return <EChart option={option} label="Mean CLV and value score at each valuation" summary={points.map((p) => `${formatDateTime(p.valuedAt)}: CLV ${formatMoney(p.meanClv, currency)}, score ${formatNumber(p.valueScore, 3)}`).join('; ')} height={260} />;
}

const PAGE = 25;

interface MemberPage {
  readonly edges: readonly { readonly node: MemberRow }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

function Members({ segment }: { segment: Segment }) {
  const session = useSession();
  const client = useClient();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const personal = session.can.readPersonalData;
  const variables = { segmentationId: segment.segmentationId, segmentId: segment.id, first: PAGE, after, personal };
  const query = useQuery(StudioSegmentMembers, variables);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);

  const exportCsv = async () => {
    setExportError(null);
    const rows: MemberRow[] = [];
    let cursor: string | null = null;
    try {
      do {
        setExporting(`${formatNumber(rows.length)} of ${formatNumber(segment.size)}`);
        const page: MemberPage | null | undefined = (await client.execute(StudioSegmentMembers, { ...variables, first: 500, after: cursor })).data?.customers;
        if (!page) break;
        for (const e of page.edges) rows.push(e.node);
        cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (cursor);
      const blob = new Blob([membersCsv(rows, personal)], { type: 'text/csv;charset=utf-8' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `segment-${segment.id}-members.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      setExportError(e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN'));
    } finally {
      setExporting(null);
    }
  };

  const page = query.data?.customers;
  return (
    <Card title="Members" testId="members" actions={<button type="button" onClick={exportCsv} disabled={exporting !== null}>{exporting ? `Exporting ${exporting}…` : 'Export CSV'}</button>}>
      {exportError ? <ErrorNotice error={exportError} /> : null}
      {query.error ? <ErrorNotice error={query.error} retry={query.refetch} /> : !page ? <Loading what="members" /> : page.edges.length === 0 ? (
        <Empty title="No tagged customers">The segment's run is not active, or its members have not been tagged yet.</Empty>
      ) : (
        <>
          <div className="table-scroll"><table>
            <thead><tr>
              <th scope="col">Customer</th><th scope="col">Source reference</th>
              {personal ? <><th scope="col">Name</th><th scope="col">Email</th></> : null}
              <th scope="col">Country</th><th scope="col">RFM group</th><th scope="col" className="num">Orders</th><th scope="col" className="num">Revenue</th>
            </tr></thead>
            <tbody>{page.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row"><Link to={`/customers/${node.id}`}>{node.id.slice(0, 8)}</Link></th>
                <td>{node.externalRef.source}:{node.externalRef.ref}</td>
                {personal ? <><td>{node.person?.name ?? '–'}</td><td data-testid="member-email">{node.person?.email ?? '–'}</td></> : null}
                <td>{node.location?.country ?? '–'}</td>
                <td>{humanise(node.rfm?.group)}</td>
                <td className="num">{formatNumber(node.behaviour?.orders)}</td>
                <td className="num">{formatMoney(node.behaviour?.revenue, node.behaviour?.currency)}</td>
              </tr>
            ))}</tbody>
          </table></div>
          <nav className="pager" aria-label="Members pages">
            <button type="button" disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>Previous</button>
            <span>Page {cursors.length} of {Math.max(1, Math.ceil(Number(page.totalCount) / PAGE))} · {formatNumber(page.totalCount)} members</span>
            <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, page.pageInfo.endCursor])}>Next</button>
          </nav>
        </>
      )}
    </Card>
  );
}
