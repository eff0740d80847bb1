import { describe, expect, it } from 'vitest';
import { budgetRows, CIRCUMPLEX, correlationCells, heatmapCells, parseBudget, populationRadar, radarRange, radarValues, valueMap } from './shapes';
import { diagnosticsSeries } from './diagnostics';

const centroid = (values: Record<string, number>) => Object.entries(values).map(([v, value]) => ({ feature: `value.${v}`, value }));

describe('radar order', () => {
  it('should put the ten values in circumplex order whatever order the centroid lists them in', () => {
    const shuffled = centroid({ UNIVERSALISM: 10, POWER: 5, SELF_DIRECTION: 1, TRADITION: 8, STIMULATION: 2, HEDONISM: 3, ACHIEVEMENT: 4, SECURITY: 6, CONFORMITY: 7, BENEVOLENCE: 9 });
    expect(radarValues(shuffled)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(CIRCUMPLEX[0]).toBe('SELF_DIRECTION');
    expect(CIRCUMPLEX[9]).toBe('UNIVERSALISM');
  });

  it('should leave a value the segmentation does not use empty and ignore behaviour features', () => {
    const values = radarValues([...centroid({ POWER: -1.5 }), { feature: 'behaviour.frequency', value: 99 }, null]);
    expect(values[4]).toBe(-1.5);
    expect(values.filter((v) => v !== null)).toEqual([-1.5]);
  });

  it('should weigh each segment by its size for the population profile', () => {
    const population = populationRadar([
      { size: 300, centroid: centroid({ POWER: 1 }) },
      { size: '100', centroid: centroid({ POWER: -1 }) },
      { size: 0, centroid: centroid({ POWER: 50 }) },
    ]);
    expect(population[4]).toBeCloseTo(0.5, 12);
    expect(population[0]).toBeNull();
  });

  it('should use a symmetric range that holds every score', () => {
    expect(radarRange([1.2, -0.3, null], [-1.7])).toEqual({ min: -2, max: 2 });
    expect(radarRange([0.1])).toEqual({ min: -0.5, max: 0.5 });
  });
});

describe('value map scales', () => {
  const inputs = [
    { id: 'a', label: 'A', customers: 400, meanClv: 100, churnRisk: 0.2, rank: 2 },
    { id: 'b', label: 'B', customers: 100, meanClv: 300, churnRisk: 0.4, rank: 1 },
    { id: 'c', label: 'C', customers: 50, meanClv: null, churnRisk: 0.1, rank: 3 },
  ];

  it('should make bubble areas proportional to customers', () => {
    const shape = valueMap(inputs, 80, 1);
    const [a, b] = shape.points;
    expect(a.symbolSize).toBe(80);
    expect((b.symbolSize / a.symbolSize) ** 2).toBeCloseTo(100 / 400, 12);
  });

  it('should leave out and name segments without CLV or churn risk', () => {
    const shape = valueMap(inputs);
    expect(shape.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(shape.missing).toEqual(['C']);
  });

  it('should pad the axes by a tenth of the range and keep churn risk within 0..1', () => {
    const shape = valueMap(inputs);
    expect(shape.x).toEqual({ min: 80, max: 320 });
    expect(shape.y.min).toBeCloseTo(0.18, 12);
    expect(shape.y.max).toBeCloseTo(0.42, 12);
    const edge = valueMap([{ id: 'x', label: 'X', customers: 1, meanClv: 5, churnRisk: 1, rank: 1 }]);
    expect(edge.y.max).toBe(1);
  });

  it('should draw an empty map for an empty population', () => {
    const shape = valueMap([]);
    expect(shape.points).toEqual([]);
    expect(shape.y).toEqual({ min: 0, max: 1 });
  });
});

describe('budget split display', () => {
  it('should list lines by amount, largest first, with numbers and a label for an unnamed segment', () => {
    const rows = budgetRows([
      { segmentId: 's1', segmentLabel: 'Small', rank: 2, share: 0.25, amount: '25000.00', expectedReturn: '30000', returnOnSpend: 1.2 },
      { segmentId: 's2', segmentLabel: null, rank: 1, share: 0.75, amount: 75000, expectedReturn: null, returnOnSpend: null },
    ]);
    expect(rows.map((r) => r.segmentId)).toEqual(['s2', 's1']);
    expect(rows[0].label).toBe('Segment 1');
    expect(rows[1].amount).toBe(25000);
    expect(rows[1].expectedReturn).toBe(30000);
    expect(rows[0].expectedReturn).toBeNull();
  });

  it('should read a typed budget with grouping separators and refuse what is not a positive amount', () => {
    expect(parseBudget('100000')).toBe(100000);
    expect(parseBudget('100,000')).toBe(100000);
    expect(parseBudget('100.000,50')).toBe(100000.5);
    expect(parseBudget('1 250 000')).toBe(1250000);
    expect(parseBudget('99.5')).toBe(99.5);
    for (const bad of ['', 'abc', '-5', '0', 'NaN', '1e9', '12,,3x']) expect(parseBudget(bad)).toBeNull();
  });
});

describe('heatmaps', () => {
  it('should turn a migration matrix into [column, row, count] cells with its maximum', () => {
    expect(heatmapCells([[5, 0], [1, '7']])).toEqual({ cells: [[0, 0, 5], [1, 0, 0], [0, 1, 1], [1, 1, 7]], max: 7 });
    expect(heatmapCells(null)).toEqual({ cells: [], max: 0 });
  });

  it('should mirror correlations and put 1 on the diagonal', () => {
    const cells = correlationCells(['A', 'B', 'C'], [{ a: 'A', b: 'B', r: -0.4 }, { a: 'A', b: 'Z', r: 0.9 }]);
    expect(cells).toContainEqual([0, 1, -0.4]);
    expect(cells).toContainEqual([1, 0, -0.4]);
    expect(cells.filter((c) => c[0] === c[1]).map((c) => c[2])).toEqual([1, 1, 1]);
    expect(cells).toHaveLength(5);
  });
});

describe('run diagnostics', () => {
  it('should align the metrics over k ascending and drop non-finite values', () => {
    const series = diagnosticsSeries([
      { k: 4, silhouette: 0.3, calinskiHarabasz: 900, daviesBouldin: 1.1, smallestSegmentShare: 0.1 },
      null,
      { k: 2, silhouette: Number.NaN, calinskiHarabasz: null, daviesBouldin: 0.8, smallestSegmentShare: 0.4 },
    ]);
    expect(series.ks).toEqual([2, 4]);
    expect(series.silhouette).toEqual([null, 0.3]);
    expect(series.calinskiHarabasz).toEqual([null, 900]);
    expect(series.text('daviesBouldin')).toBe('k=2: 0.800, k=4: 1.100');
  });
});
