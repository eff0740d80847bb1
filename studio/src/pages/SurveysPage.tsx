import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '../api/hooks';
import { StudioCloseSurvey, StudioCreateSurvey, StudioInstruments, StudioPublishSurvey, StudioSurveys, StudioSurveyStatistics } from '../generated/operations';
import type { StudioSurveyStatisticsQuery } from '../generated/graphql';
import { useSession } from '../auth/AuthContext';
import { EChart, type ChartOption } from '../charts/EChart';
import { registerBars, registerHeatmap } from '../charts/register';
import { CATEGORICAL, DIVERGING } from '../charts/palette';
import { CIRCUMPLEX, correlationCells } from '../charts/shapes';
import { Card, Empty, ErrorNotice, Loading, Stat } from '../components/Status';
import { formatDateTime, formatNumber, humanise } from '../format';

registerBars();
registerHeatmap();

export default function SurveysPage() {
  const [params, setParams] = useSearchParams();
  const surveyId = params.get('survey') ?? '';
  return (
    <div className="page" data-testid="surveys">
      <header className="page-header"><h1>Surveys</h1></header>
      <SurveyList current={surveyId} onOpen={(id) => setParams({ survey: id })} />
      <Instruments onCreated={(id) => setParams({ survey: id })} />
      {surveyId ? <SurveyDetails id={surveyId} key={surveyId} /> : null}
    </div>
  );
}

function Instruments({ onCreated }: { onCreated: (id: string) => void }) {
  const session = useSession();
  const query = useQuery(StudioInstruments, {});
  const [create, creation] = useMutation(StudioCreateSurvey);
  const [title, setTitle] = useState('');
  const [instrumentId, setInstrumentId] = useState('');
  const instruments = (query.data?.instruments ?? []).filter((i) => i !== null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await create({ instrumentId: instrumentId || instruments[0]?.id, title: title.trim() });
    if (done?.createSurvey) onCreated(done.createSurvey.id);
  };
  return (
    <Card title="Instruments" testId="instruments">
      {query.error ? <ErrorNotice error={query.error} retry={query.refetch} /> : !query.data ? <Loading what="instruments" /> : (
        <div className="table-scroll"><table>
          <thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Version</th><th scope="col" className="num">Items</th><th scope="col">Scale</th><th scope="col">Dimensions</th><th scope="col">Kind</th></tr></thead>
          <tbody>{instruments.map((i) => (
            <tr key={i.id}><th scope="row">{i.code}</th><td>{i.name}</td><td>{i.version}{i.frozen ? ' (frozen)' : ''}</td><td className="num">{i.items.length}</td><td>{i.scale.min}–{i.scale.max}</td><td>{i.dimensions.length}</td><td>{i.builtIn ? 'built-in' : 'custom'}</td></tr>
          ))}</tbody>
        </table></div>
      )}
      {session.can.manageSurveys && instruments.length > 0 ? (
        <form className="row wrap" onSubmit={submit}>
          <label>New survey on <select value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)}>{instruments.map((i) => <option key={i.id} value={i.id}>{i.code} v{i.version}</option>)}</select></label>
          <label>Title <input required value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} /></label>
          <button type="submit" disabled={creation.running}>Create survey</button>
          {creation.error ? <ErrorNotice error={creation.error} /> : null}
        </form>
      ) : null}
    </Card>
  );
}

function SurveyList({ current, onOpen }: { current: string; onOpen: (id: string) => void }) {
  const query = useQuery(StudioSurveys, {});
  const surveys = query.data?.surveys?.edges.map((e) => e.node) ?? [];
  return (
    <Card title="Surveys" testId="survey-list">
      {query.error ? <ErrorNotice error={query.error} retry={query.refetch} /> : !query.data ? <Loading what="surveys" /> : surveys.length === 0 ? (
        <Empty title="No survey yet">An analyst creates one on an instrument below and publishes it; partners then submit answers.</Empty>
      ) : (
        <div className="table-scroll"><table>
          <thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Published</th><th scope="col">Closed</th></tr></thead>
          <tbody>{surveys.map((s) => (
            <tr key={s.id} aria-current={s.id === current ? 'true' : undefined}>
              <th scope="row"><button type="button" className="link" onClick={() => onOpen(s.id)}>{s.title}</button></th>
              <td>{s.status.toLowerCase()}</td><td>{formatDateTime(s.createdAt)}</td><td>{formatDateTime(s.publishedAt)}</td><td>{formatDateTime(s.closedAt)}</td>
            </tr>
          ))}</tbody>
        </table></div>
      )}
    </Card>
  );
}

type Statistics = NonNullable<StudioSurveyStatisticsQuery['surveyStatistics']>;

function SurveyDetails({ id }: { id: string }) {
  const session = useSession();
  const query = useQuery(StudioSurveyStatistics, { surveyId: id });
  const [publish, publishing] = useMutation(StudioPublishSurvey);
  const [close, closing] = useMutation(StudioCloseSurvey);
  if (query.error) return <ErrorNotice error={query.error} retry={query.refetch} />;
  if (!query.data) return <Loading what="the survey" />;
  const survey = query.data.survey;
  if (!survey) return <Empty title="No survey with this id" />;
  const stats = query.data.surveyStatistics;
  return (
    <>
      <Card title={survey.title} testId="survey" actions={session.can.manageSurveys ? (
        <>
          {survey.status === 'DRAFT' ? <button type="button" disabled={publishing.running} onClick={async () => { if (await publish({ id })) query.refetch(); }}>Publish</button> : null}
          {survey.status === 'PUBLISHED' ? <button type="button" disabled={closing.running} onClick={async () => { if (await close({ id })) query.refetch(); }}>Close</button> : null}
        </>
      ) : undefined}>
        <dl className="stats">
          <Stat label="Status" value={survey.status.toLowerCase()} />
          <Stat label="Created" value={formatDateTime(survey.createdAt)} />
          <Stat label="Published" value={formatDateTime(survey.publishedAt)} />
          <Stat label="Closed" value={formatDateTime(survey.closedAt)} />
          {stats ? <Stat label="Respondents" value={formatNumber(stats.respondents)} /> : null}
        </dl>
        {publishing.error ? <ErrorNotice error={publishing.error} /> : null}
        {closing.error ? <ErrorNotice error={closing.error} /> : null}
      </Card>
      {!stats ? null : stats.suppressed ? (
        <Empty title="Statistics withheld">Fewer than {stats.minimumRespondents} respondents: statistics this small could identify people.</Empty>
      ) : <Statistics stats={stats} />}
    </>
  );
}

function Statistics({ stats }: { stats: Statistics }) {
  const ordered = useMemo(() => {
    const rank = (d: string) => { const i = CIRCUMPLEX.indexOf(d as (typeof CIRCUMPLEX)[number]); return i < 0 ? 100 : i; };
    return [...stats.dimensions].sort((a, b) => rank(a.dimension) - rank(b.dimension) || a.dimension.localeCompare(b.dimension));
  }, [stats]);
  const names = ordered.map((d) => d.dimension);
  const correlation: ChartOption = {
    grid: { left: 120, right: 16, top: 8, bottom: 120 },
    tooltip: { formatter: (p: { value: [number, number, number] }) => `${humanise(names[p.value[0]])} × ${humanise(names[p.value[1]])}: r = ${formatNumber(p.value[2], 2)}` },
    xAxis: { type: 'category', data: names.map(humanise), axisLabel: { rotate: 45 } },
    yAxis: { type: 'category', data: names.map(humanise) },
    visualMap: { min: -1, max: 1, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: DIVERGING } },
    series: [{ type: 'heatmap', data: correlationCells(names, stats.correlations) }],
  };
  return (
    <>
      <Card title="Value scores" testId="histograms">
        <div className="grid small-multiples">
          {ordered.map((d) => (
            <figure key={d.dimension} className="multiple">
              <EChart height={140} label={`Histogram of ${humanise(d.dimension)} scores`} option={{
                color: [CATEGORICAL[0]],
                grid: { left: 36, right: 8, top: 24, bottom: 24 },
                title: undefined,
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: d.histogram.map((b) => formatNumber(b.from, 1)), axisLabel: { fontSize: 9 } },
                yAxis: { type: 'value', axisLabel: { fontSize: 9 } },
                series: [{ type: 'bar', data: d.histogram.map((b) => Number(b.count)), barCategoryGap: '5%' }],
              }} summary={d.histogram.map((b) => `${formatNumber(b.from, 1)} to ${formatNumber(b.to, 1)}: ${b.count}`).join(', ')} />
              <figcaption>{humanise(d.dimension)}: mean {formatNumber(d.mean, 2)}, SD {formatNumber(d.standardDeviation, 2)}</figcaption>
            </figure>
          ))}
        </div>
      </Card>
      <Card title="Correlations between values" testId="correlations">
        <EChart option={correlation} label="Correlation matrix of the value scores" height={460} />
        <p className="muted small">Neighbouring values on Schwartz's circle correlate positively, opposite ones negatively.</p>
      </Card>
    </>
  );
}
