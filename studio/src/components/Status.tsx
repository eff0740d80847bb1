import type { ReactNode } from 'react';
import { hintFor, type ApiError } from '../api/errors';

/** An API error with its message and stable code; `retry` offers to try again. */
export function ErrorNotice({ error, retry }: { error: ApiError; retry?: () => void }) {
  const hint = hintFor(error.code);
  return (
    <div className="notice error" role="alert" data-testid="api-error">
      <strong>{error.message}</strong> <code className="code">{error.code}</code>
      {hint && hint !== error.message ? <p>{hint}</p> : null}
      {retry ? <button type="button" onClick={retry}>Try again</button> : null}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <p className="muted" aria-busy="true" role="status">Loading {what}…</p>;
}

/** An empty state that says what to do next. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="notice empty" data-testid="empty-state">
      <strong>{title}</strong>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

export function Card({ title, children, actions, testId }: { title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <section className="card" aria-label={title} data-testid={testId}>
      <header className="card-header">
        <h2>{title}</h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** A small figure: a label and a formatted value. */
export function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
