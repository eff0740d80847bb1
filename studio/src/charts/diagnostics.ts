/** Per-k diagnostics of a run's report as aligned series over k (ascending), for the report's line charts. */
export interface Candidate {
  readonly k: number;
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
  readonly smallestSegmentShare: number;
}

type Metric = 'silhouette' | 'calinskiHarabasz' | 'daviesBouldin' | 'smallestShare';

export interface DiagnosticsSeries {
  readonly ks: number[];
  readonly silhouette: (number | null)[];
  readonly calinskiHarabasz: (number | null)[];
  readonly daviesBouldin: (number | null)[];
  readonly smallestShare: (number | null)[];
  /** The series as text for screen readers, e.g. "k=2: 0.41, k=3: 0.52". */
  readonly text: (metric: Metric) => string;
}

const finite = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function diagnosticsSeries(candidates: readonly (Candidate | null)[]): DiagnosticsSeries {
  const sorted = candidates.filter((c): c is Candidate => c !== null).sort((a, b) => a.k - b.k);
  const result = {
    ks: sorted.map((c) => c.k),
    silhouette: sorted.map((c) => finite(c.silhouette)),
    calinskiHarabasz: sorted.map((c) => finite(c.calinskiHarabasz)),
    daviesBouldin: sorted.map((c) => finite(c.daviesBouldin)),
    smallestShare: sorted.map((c) => finite(c.smallestSegmentShare)),
  };
  return {
    ...result,
    text: (metric: Metric) => result.ks.map((k, i) => `k=${k}: ${result[metric][i] === null ? 'n/a' : (result[metric][i] as number).toFixed(3)}`).join(', '),
  };
}
