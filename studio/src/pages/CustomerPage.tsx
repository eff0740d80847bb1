import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient } from '../api/ClientContext';
import { useMutation, useQuery } from '../api/hooks';
import { ApiError } from '../api/errors';
import { StudioCustomer, StudioCustomerByExternalRef, StudioCustomerPersonal, StudioCustomerPurchases, StudioEraseCustomer, StudioExportCustomer } from '../generated/operations';
import type { StudioCustomerQuery } from '../generated/graphql';
import { useSession } from '../auth/AuthContext';
import { EChart, type ChartOption } from '../charts/EChart';
import { registerRadar } from '../charts/register';
import { CATEGORICAL } from '../charts/palette';
import { CIRCUMPLEX, radarRange } from '../charts/shapes';
import { Card, Empty, ErrorNotice, Loading, Stat } from '../components/Status';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatShare, humanise } from '../format';

registerRadar();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function CustomerPage() {
  const { customerId } = useParams();
  return (
    <div className="page" data-testid="customer-page">
      <header className="page-header"><h1>Customer 360</h1></header>
      <Lookup />
      {customerId ? <Customer360 id={customerId} key={customerId} /> : <Empty title="Look a customer up">By Motiv id, or by the source system and the reference it knows the customer by.</Empty>}
    </div>
  );
}

function Lookup() {
  const navigate = useNavigate();
  const client = useClient();
  const [id, setId] = useState('');
  const [source, setSource] = useState('');
  const [ref, setRef] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const byId = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!UUID.test(id.trim())) {
      setError(new ApiError('A customer id is a UUID, e.g. 3f2b8c1e-…', 'VALIDATION'));
      return;
    }
    navigate(`/customers/${id.trim()}`);
  };
  const byRef = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await client.execute(StudioCustomerByExternalRef, { source: source.trim(), ref: ref.trim() });
      if (data?.customerByExternalRef) navigate(`/customers/${data.customerByExternalRef.id}`);
      else setError(new ApiError(`No customer has the reference ${source}:${ref}`, 'NOT_FOUND'));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(String(err), 'UNKNOWN'));
    }
  };
  return (
    <Card title="Find a customer">
      <div className="row wrap">
        <form className="row" onSubmit={byId} role="search" aria-label="by id">
          <label>Id <input value={id} onChange={(e) => setId(e.target.value)} size={38} /></label>
          <button type="submit">Open</button>
        </form>
        <form className="row" onSubmit={byRef} role="search" aria-label="by external reference">
          <label>Source <input value={source} onChange={(e) => setSource(e.target.value)} size={10} required /></label>
          <label>Reference <input value={ref} onChange={(e) => setRef(e.target.value)} size={16} required /></label>
          <button type="submit">Find</button>
        </form>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </Card>
  );
}

type Customer = NonNullable<StudioCustomerQuery['customer']>;

function Customer360({ id }: { id: string }) {
  const session = useSession();
  const query = useQuery(StudioCustomer, { id });
  if (query.error) return <ErrorNotice error={query.error} retry={query.refetch} />;
  if (!query.data) return <Loading what="the customer" />;
  const c = query.data.customer;
  if (!c) return <Empty title="No customer with this id">It may have been erased.</Empty>;
  return (
    <div data-testid="customer">
      <Card title={`${humanise(c.kind)} ${c.externalRef.source}:${c.externalRef.ref}`}>
        <dl className="stats">
          <Stat label="Motiv id" value={<code>{c.id}</code>} />
          <Stat label="Since" value={formatDate(c.createdAt)} />
          <Stat label="Country" value={c.location?.country ?? '–'} />
          {c.person ? <Stat label="Age band" value={humanise(c.person.ageBand)} /> : null}
          {c.person ? <Stat label="Gender" value={humanise(c.person.gender)} /> : null}
          {c.organization ? <Stat label="Industry" value={c.organization.industry ?? '–'} /> : null}
          <Stat label="Preferred channel" value={humanise(c.technographics.preferredChannel)} />
        </dl>
        <h3>Segments</h3>
        {(c.segmentTags ?? []).length === 0 ? <p className="muted">Not in any active segmentation's segment.</p> : (
          <ul className="plain" data-testid="customer-segments">{(c.segmentTags ?? []).map((t) => <li key={t.segmentationId}><Link to={`/segments/${t.segmentId}`}>{t.label ?? t.segmentId}</Link> <span className="muted small">since {formatDateTime(t.assignedAt)}</span></li>)}</ul>
        )}
      </Card>
      {session.can.readPersonalData ? <PersonalData id={c.id} /> : null}
      <div className="grid two">
        <Card title="Values profile"><CustomerRadar customer={c} /></Card>
        <Card title="Behaviour and value">
          <dl className="stats">
            <Stat label="Orders" value={formatNumber(c.behaviour?.orders)} />
            <Stat label="Revenue" value={formatMoney(c.behaviour?.revenue, c.behaviour?.currency)} />
            <Stat label="AOV" value={formatMoney(c.behaviour?.averageOrderValue, c.behaviour?.currency)} />
            <Stat label="Last order" value={formatDate(c.behaviour?.lastPurchaseAt)} />
            <Stat label="RFM" value={c.rfm ? `${humanise(c.rfm.group)} (${c.rfm.code})` : '–'} />
            <Stat label="CLV" value={formatMoney(c.lifetimeValue?.lifetimeValue, c.lifetimeValue?.currency)} />
            <Stat label="P(alive)" value={formatShare(c.lifetimeValue?.probabilityAlive)} />
            <Stat label="Expected orders" value={c.lifetimeValue ? `${formatNumber(c.lifetimeValue.expectedPurchases, 1)} in ${c.lifetimeValue.horizonMonths} months` : '–'} />
          </dl>
        </Card>
      </div>
      {session.can.readPurchases ? <Purchases id={c.id} /> : null}
    </div>
  );
}

function CustomerRadar({ customer }: { customer: Customer }) {
  const profile = customer.valuesProfile;
  const values = useMemo(() => {
    const byDimension = new Map((profile?.values ?? []).map((v) => [v.dimension, v.centred]));
    return CIRCUMPLEX.map((v) => byDimension.get(v) ?? null);
  }, [profile]);
  if (!profile) return <Empty title="No values answers yet">The customer has not answered a values survey (or gave no consent for it).</Empty>;
  const range = radarRange(values);
  const option: ChartOption = {
    color: [CATEGORICAL[0]],
    radar: { indicator: CIRCUMPLEX.map((v) => ({ name: humanise(v), min: range.min, max: range.max })), radius: '62%' },
    tooltip: {},
    series: [{ type: 'radar', data: [{ name: 'centred score', value: values.map((v) => v ?? 0), areaStyle: { opacity: 0.2 } }] }],
  };
  return (
    <>
      <EChart option={option} label="The customer's ten centred value scores in circumplex order" summary={CIRCUMPLEX.map((v, i) => `${humanise(v)} ${formatNumber(values[i], 2)}`).join(', ')} height={300} />
      <p className="muted small">{profile.instrument}, answered {formatDateTime(profile.answeredAt)}{profile.quality.flagged ? ' · flagged for quality' : ''}</p>
    </>
  );
}

function Purchases({ id }: { id: string }) {
  const query = useQuery(StudioCustomerPurchases, { id, first: 20 });
  const page = query.data?.customer?.purchases;
  return (
    <Card title="Purchases">
      {query.error ? <ErrorNotice error={query.error} /> : !query.data ? <Loading what="purchases" /> : !page || page.edges.length === 0 ? <Empty title="No purchases" /> : (
        <div className="table-scroll"><table>
          <thead><tr><th scope="col">Order</th><th scope="col">When</th><th scope="col" className="num">Amount</th><th scope="col">Channel</th><th scope="col">Category</th></tr></thead>
          <tbody>{page.edges.map(({ node: p }) => <tr key={p.orderId}><th scope="row">{p.orderId}</th><td>{formatDateTime(p.purchasedAt)}</td><td className="num">{formatMoney(p.amount, p.currency)}</td><td>{p.channel ?? '–'}</td><td>{p.category ?? '–'}</td></tr>)}</tbody>
        </table><p className="muted small">{formatNumber(page.totalCount)} purchases in all; the newest 20 shown.</p></div>
      )}
    </Card>
  );
}

function PersonalData({ id }: { id: string }) {
  const navigate = useNavigate();
  const client = useClient();
  const query = useQuery(StudioCustomerPersonal, { id });
  const [erase, erasure] = useMutation(StudioEraseCustomer);
  const [confirmText, setConfirmText] = useState('');
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const exportData = async () => {
    setExportError(null);
    try {
      const { data } = await client.execute(StudioExportCustomer, { id });
      const json = data?.exportCustomerData?.json ?? '{}';
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.download = `customer-${id}-export.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      query.refetch();
    } catch (e) {
      setExportError(e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN'));
    }
  };
  const c = query.data?.customer;
  const audit = (query.data?.personalDataAudit ?? []).filter((a) => a !== null);
  return (
    <Card title="Personal data (steward)" testId="personal-data">
      {query.error ? <ErrorNotice error={query.error} /> : !query.data ? <Loading what="personal data" /> : (
        <>
          <dl className="stats">
            <Stat label="Name" value={c?.person?.name ?? '–'} />
            <Stat label="Email" value={<span data-testid="customer-email">{c?.person?.email ?? '–'}</span>} />
            <Stat label="Phone" value={c?.person?.phone ?? '–'} />
            <Stat label="Birth date" value={formatDate(c?.person?.birthDate)} />
            <Stat label="Postal code" value={c?.location?.postalCode ?? '–'} />
          </dl>
          <h3>Consents</h3>
          <ul className="plain">{(c?.consents ?? []).map((k) => <li key={k.purpose}>{humanise(k.purpose)}: <strong>{k.status.toLowerCase()}</strong> <span className="muted small">{formatDateTime(k.decidedAt)} via {k.source} (text {k.legalTextVersion})</span></li>)}</ul>
          <h3>Audit trail</h3>
          <div className="table-scroll"><table data-testid="audit-trail">
            <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Fields</th></tr></thead>
            <tbody>{audit.map((a, i) => <tr key={i}><td>{formatDateTime(a.at)}</td><td>{a.actor}</td><td>{a.action}</td><td>{a.fields.join(', ')}</td></tr>)}</tbody>
          </table></div>
          <div className="row wrap">
            <button type="button" onClick={exportData}>Export (JSON)</button>
            <form className="row danger-zone" onSubmit={async (e) => { e.preventDefault(); if (await erase({ id })) navigate('/customers'); }}>
              <label>Type <code>erase</code> to erase this customer in every service <input value={confirmText} onChange={(e) => setConfirmText(e.target.value)} size={8} data-testid="erase-confirm" /></label>
              <button type="submit" className="danger" disabled={confirmText !== 'erase' || erasure.running} data-testid="erase">Erase</button>
            </form>
          </div>
          {exportError ? <ErrorNotice error={exportError} /> : null}
          {erasure.error ? <ErrorNotice error={erasure.error} /> : null}
        </>
      )}
    </Card>
  );
}
