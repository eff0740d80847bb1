// Data shaping for Studio's charts: plain functions over API results, unit-tested in shapes.test.ts.

/**
 * Schwartz's ten values in the order of the circumplex (Schwartz 1992; 2012, fig. 1), going round the circle:
 * openness to change, self-enhancement, conservation, self-transcendence. Neighbours are compatible motivations,
 * opposites conflict, so a radar in this order shows a profile's shape.
 */
export const CIRCUMPLEX = [
  'SELF_DIRECTION', 'STIMULATION', 'HEDONISM', 'ACHIEVEMENT', 'POWER',
  'SECURITY', 'CONFORMITY', 'TRADITION', 'BENEVOLENCE', 'UNIVERSALISM',
] as const;

export interface FeatureValue {
  readonly feature: string | null;
  readonly value: number;
}

/** Centred value scores from a centroid (features `value.<VALUE>`), in circumplex order; null where a value is absent. */
export function radarValues(centroid: readonly (FeatureValue | null)[] | null | undefined): (number | null)[] {
  const byValue = new Map<string, number>();
  for (const f of centroid ?? []) {
    if (f?.feature?.startsWith('value.')) byValue.set(f.feature.slice('value.'.length), f.value);
  }
  return CIRCUMPLEX.map((v) => (byValue.has(v) ? (byValue.get(v) as number) : null));
}

export interface SizedCentroid {
  readonly size: number | string;
  readonly centroid: readonly (FeatureValue | null)[] | null | undefined;
}

/**
 * The clustered population's mean centred score per value, in circumplex order: the size-weighted mean of its
 * segments' centroids (the segments of a run partition the customers it clustered, so this is exact).
 */
export function populationRadar(segments: readonly SizedCentroid[]): (number | null)[] {
  const sums = CIRCUMPLEX.map(() => 0);
  const weights = CIRCUMPLEX.map(() => 0);
  for (const s of segments) {
    const size = Number(s.size);
    if (!Number.isFinite(size) || size <= 0) continue;
    radarValues(s.centroid).forEach((v, i) => {
      if (v !== null) {
        sums[i] += v * size;
        weights[i] += size;
      }
    });
  }
  return sums.map((sum, i) => (weights[i] > 0 ? sum / weights[i] : null));
}

/** A symmetric radar range that holds every value, rounded out to half points (centred scores are signed). */
export function radarRange(...series: (number | null)[][]): { min: number; max: number } {
  let extent = 0.5;
  for (const s of series) for (const v of s) if (v !== null) extent = Math.max(extent, Math.abs(v));
  const max = Math.ceil(extent * 2) / 2;
  return { min: -max, max };
}

export interface MapInput {
  readonly id: string;
  readonly label: string;
  readonly customers: number | string;
  readonly meanClv: number | null;
  readonly churnRisk: number | null;
  readonly rank: number;
}

export interface MapPoint {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly customers: number;
  /** Bubble diameter in px: its area is proportional to the customers. */
  readonly symbolSize: number;
  readonly rank: number;
}

export interface MapShape {
  readonly points: MapPoint[];
  /** Segments left off the map because they have no CLV or churn risk yet. */
  readonly missing: string[];
  readonly x: { min: number; max: number };
  readonly y: { min: number; max: number };
}

/**
 * The value map: x = mean CLV, y = churn risk, bubble area proportional to customers (diameter ~ sqrt, the largest
 * `maxDiameter` px), axes padded by a tenth so no bubble sits on an edge; churn risk stays within [0, 1].
 */
export function valueMap(inputs: readonly MapInput[], maxDiameter = 72, minDiameter = 10): MapShape {
  const placed = inputs.filter((s) => s.meanClv !== null && Number.isFinite(s.meanClv) && s.churnRisk !== null && Number.isFinite(s.churnRisk));
  const missing = inputs.filter((s) => !placed.includes(s)).map((s) => s.label);
  const largest = Math.max(1, ...placed.map((s) => Number(s.customers) || 0));
  const points = placed.map((s) => {
    const customers = Number(s.customers) || 0;
    return {
      id: s.id,
      label: s.label,
      x: s.meanClv as number,
      y: s.churnRisk as number,
      customers,
      symbolSize: Math.max(minDiameter, maxDiameter * Math.sqrt(customers / largest)),
      rank: s.rank,
    };
  });
  return { points, missing, x: padded(points.map((p) => p.x), 0, Infinity), y: padded(points.map((p) => p.y), 0, 1) };
}

function padded(values: number[], floor: number, ceiling: number): { min: number; max: number } {
  if (values.length === 0) return { min: floor, max: Number.isFinite(ceiling) ? ceiling : 1 };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) / 10 : Math.max(Math.abs(hi) / 10, 0.05);
  return { min: Math.max(floor, lo - pad), max: Math.min(ceiling, hi + pad) };
}

export interface BudgetLine {
  readonly segmentId: string;
  readonly segmentLabel: string | null;
  readonly rank: number;
  readonly share: number;
  readonly amount: number | string;
  readonly expectedReturn: number | string | null;
  readonly returnOnSpend: number | null;
}

export interface BudgetRow {
  readonly segmentId: string;
  readonly label: string;
  readonly share: number;
  readonly amount: number;
  readonly expectedReturn: number | null;
  readonly returnOnSpend: number | null;
}

/** Budget lines by amount, largest first; amounts as numbers; a label even for an unnamed segment. */
export function budgetRows(lines: readonly BudgetLine[]): BudgetRow[] {
  return [...lines]
    .map((l) => ({
      segmentId: l.segmentId,
      label: l.segmentLabel ?? `Segment ${l.rank}`,
      share: l.share,
      amount: Number(l.amount),
      expectedReturn: l.expectedReturn === null ? null : Number(l.expectedReturn),
      returnOnSpend: l.returnOnSpend,
    }))
    .sort((a, b) => b.amount - a.amount || a.label.localeCompare(b.label));
}

/** A budget as typed by a user: digits with an optional locale grouping and decimal separator; null when unusable. */
export function parseBudget(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d+([.,]\d+)*$/.test(compact)) return null;
  const lastSep = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  let normal: string;
  if (lastSep >= 0 && compact.length - lastSep - 1 <= 2) {
    normal = compact.slice(0, lastSep).replace(/[.,]/g, '') + '.' + compact.slice(lastSep + 1);
  } else {
    normal = compact.replace(/[.,]/g, '');
  }
  const n = Number(normal);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** A migration matrix as heatmap cells [column, row, count], with the largest count for the colour scale. */
export function heatmapCells(matrix: readonly (readonly (number | string | null)[] | null)[] | null | undefined): { cells: [number, number, number][]; max: number } {
  const cells: [number, number, number][] = [];
  let max = 0;
  (matrix ?? []).forEach((row, i) => {
    (row ?? []).forEach((value, j) => {
      const n = Number(value ?? 0);
      cells.push([j, i, n]);
      if (n > max) max = n;
    });
  });
  return { cells, max };
}

/** Correlations {a, b, r} as a full symmetric matrix over `names` (1 on the diagonal), as heatmap cells. */
export function correlationCells(names: readonly string[], correlations: readonly { a: string; b: string; r: number }[]): [number, number, number][] {
  const index = new Map(names.map((n, i) => [n, i]));
  const cells: [number, number, number][] = names.map((_, i) => [i, i, 1]);
  for (const c of correlations) {
    const i = index.get(c.a);
    const j = index.get(c.b);
    if (i === undefined || j === undefined || i === j) continue;
    cells.push([i, j, c.r], [j, i, c.r]);
  }
  return cells;
}
