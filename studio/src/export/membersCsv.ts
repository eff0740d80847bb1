/** A segment's members as CSV (RFC 4180): what Studio's "Export CSV" downloads. Personal columns only when read. */
export interface MemberRow {
  readonly id: string;
  readonly kind: string;
  readonly externalRef: { readonly source: string; readonly ref: string };
  readonly createdAt: string;
  readonly location: { readonly country: string | null } | null;
  readonly rfm: { readonly group: string } | null;
  readonly behaviour: { readonly orders: number; readonly revenue: string | number; readonly currency: string } | null;
  readonly person?: { readonly name: string | null; readonly email: string | null } | null;
}

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ makes spreadsheets evaluate the cell: quote it with a leading apostrophe (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function membersCsv(rows: readonly MemberRow[], personal: boolean): string {
  const header = ['customer_id', 'kind', 'source', 'ref', ...(personal ? ['name', 'email'] : []), 'country', 'rfm_group', 'orders', 'revenue', 'currency', 'created_at'];
  const lines = [header.join(',')];
  for (const r of rows) {
    lines.push([
      r.id, r.kind, r.externalRef.source, r.externalRef.ref,
      ...(personal ? [r.person?.name ?? null, r.person?.email ?? null] : []),
      r.location?.country ?? null, r.rfm?.group ?? null, r.behaviour?.orders ?? null, r.behaviour?.revenue ?? null,
      r.behaviour?.currency ?? null, r.createdAt,
    ].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
