import { describe, expect, it } from 'vitest';
import { countValueRows } from '../../../src/charts/data/countValueRows.ts';
import { countryCounts } from '../../../src/charts/data/countryCounts.ts';
import { groupShareRows } from '../../../src/charts/data/groupShareRows.ts';
import { pledgesBy } from '../../../src/charts/data/pledgesBy.ts';
import { statusRows } from '../../../src/charts/data/statusRows.ts';
import { timeRows } from '../../../src/charts/data/timeRows.ts';
import { smallModel } from './chartModels.ts';

const model = smallModel();
const pick = <T extends { key: string }>(rows: T[], key: string) => rows.find((r) => r.key === key);

describe('chart rows from the site model', () => {
  it('counts a pledge whole in each focus area it names, with the value of those stating one', () => {
    const rows = countValueRows(model, model.pledges, 'focusArea', 'en');
    expect(rows.map((r) => r.key)).toEqual(['access', 'adoption', 'value-creation', 'accelerate']);
    expect(pick(rows, 'access')).toMatchObject({ label: 'Access', pledges: 3, valueUsd: 4_000_000, valued: 2 });
    expect(pick(rows, 'adoption')).toMatchObject({ pledges: 2, valueUsd: 3_000_000, valued: 2 });
    expect(pick(rows, 'accelerate')).toMatchObject({ pledges: 1, valueUsd: 0, valued: 0 });
    // p1 is in two focus areas: the sum over focus areas exceeds the six pledges.
    expect(rows.reduce((n, r) => n + r.pledges, 0)).toBe(7);
  });

  it('counts each pledge once by its pledger’s stakeholder group, every group listed', () => {
    const rows = countValueRows(model, model.pledges, 'stakeholder', 'fr');
    expect(rows).toHaveLength(6);
    expect(pick(rows, 'government')).toMatchObject({ label: 'Gouvernement', pledges: 3, valueUsd: 1_000_000 });
    expect(pick(rows, 'private-sector')).toMatchObject({ pledges: 3, valueUsd: 5_540_000 });
    expect(pick(rows, 'academia')).toMatchObject({ pledges: 0, valueUsd: 0, valued: 0 });
  });

  it('counts by ITU-D region, with worldwide pledges (no region named) as their own row', () => {
    const rows = countValueRows(model, model.pledges, 'region', 'en');
    expect(pick(rows, 'africa')?.pledges).toBe(2);
    expect(pick(rows, 'asia-pacific')?.pledges).toBe(2);
    expect(pick(rows, 'europe')?.pledges).toBe(1);
    expect(pick(rows, 'arab-states')?.pledges).toBe(1);
    expect(pick(rows, 'worldwide')).toMatchObject({ pledges: 1, valued: 0 });
    // Without a worldwide pledge, no worldwide row.
    const africa = model.pledgesByRegion.get('africa') ?? [];
    expect(countValueRows(model, africa, 'region', 'en').some((r) => r.key === 'worldwide')).toBe(false);
  });

  it('reuses the model’s indexes for the whole directory, and groups any other list once', () => {
    expect(pledgesBy(model, model.pledges, 'focusArea')).toBe(model.pledgesByFocusArea);
    const list = model.pledgesByFocusArea.get('access') ?? [];
    expect(pledgesBy(model, list, 'status')).toBe(pledgesBy(model, list, 'status'));
    expect(pledgesBy(model, list, 'status').get('announced')?.map((v) => v.id)).toEqual(['p6']);
  });

  it('gives the share of pledges and of value that target each group (membership at announcement)', () => {
    const rows = groupShareRows(model, model.pledges, 'en');
    expect(pick(rows, 'ldc')).toMatchObject({ pledges: 3, share: 3 / 6, valueUsd: 1_540_000, valueShare: 1_540_000 / 6_540_000 });
    expect(pick(rows, 'lldc')).toMatchObject({ pledges: 2, share: 2 / 6 });
    expect(pick(rows, 'sids')).toMatchObject({ pledges: 2, share: 2 / 6, valueUsd: 3_540_000 });
  });

  it('counts pledges per status, with those unreported for two years', () => {
    const rows = statusRows(model, model.pledges, 'en');
    expect(rows.map((r) => [r.key, r.pledges, r.stale])).toEqual([
      ['announced', 2, 1],
      ['in-progress', 2, 1],
      ['completed', 1, 0],
      ['discontinued', 1, 0],
    ]);
    expect(rows.reduce((n, r) => n + r.pledges, 0)).toBe(model.pledges.length);
  });

  it('accumulates pledges and value by month of announcement, months without one included', () => {
    const rows = timeRows(model.pledges);
    expect(rows[0]).toEqual({ month: '2021-12', pledges: 1, valueUsd: 0, cumulativePledges: 1, cumulativeValueUsd: 0 });
    expect(rows.at(-1)).toEqual({ month: '2024-11', pledges: 1, valueUsd: 0, cumulativePledges: 6, cumulativeValueUsd: 6_540_000 });
    expect(rows).toHaveLength(36);
    expect(rows.find((r) => r.month === '2022-01')).toMatchObject({ pledges: 0, cumulativePledges: 1 });
    expect(timeRows(model.pledges)).toBe(rows);
    expect(timeRows([])).toEqual([]);
  });

  it('counts pledges per country of implementation', () => {
    const counts = countryCounts(model);
    expect(counts.map((c) => [c.country.alpha3, c.pledges])).toEqual([
      ['FJI', 1],
      ['FRA', 1],
      ['KIR', 1],
      ['MWI', 2],
      ['TUV', 1],
    ]);
  });
});
