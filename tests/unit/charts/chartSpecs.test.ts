import { describe, expect, it } from 'vitest';
import { chartAnchor, chartFilePath, chartsPagePath } from '../../../src/charts/chartSpec.ts';
import { countryCharts, dashboardCharts, focusAreaCharts, groupCharts, homeChart, pledgerCharts, regionCharts } from '../../../src/charts/specs/chartSets.ts';
import { formatDate, formatNumber, formatPercent } from '../../../src/i18n/format.ts';
import type { PledgeView } from '../../../src/model/pledgeView.ts';
import { smallModel } from './chartModels.ts';

const model = smallModel();

describe('chart specs', () => {
  it('give the dashboard every chart, each with its anchor and files', () => {
    const charts = dashboardCharts(model, 'en');
    expect(charts.map((c) => c.id)).toEqual(['by-focus-area', 'by-stakeholder-group', 'by-region', 'country-groups', 'status', 'over-time', 'map']);
    expect(chartAnchor(charts[0]!)).toBe('chart-by-focus-area');
    expect(chartFilePath(charts[0]!, 'svg')).toBe('/data/charts/en/by-focus-area.svg');
    expect(chartsPagePath('ar')).toBe('/ar/data/charts/');
    expect(charts.every((c) => c.illustrative)).toBe(true);
  });

  it('state the main finding in the page’s language', () => {
    const [en, fr, ar] = (['en', 'fr', 'ar'] as const).map((l) => dashboardCharts(model, l));
    expect(en[0]!.desc).toBe('Access has the most pledges (3) and the largest estimated value ($4M).');
    expect(en[1]!.desc).toBe('Government has the most pledges (3); Private sector has the largest estimated value ($5.5M).');
    expect(fr[4]!.desc).toContain('L’état le plus fréquent est «\u202fAnnoncé\u202f» (2 sur 6 promesses)');
    expect(ar[3]!.desc).toContain(`يستهدف ${formatPercent(0.5, 'ar')} منها`);
    expect(en[6]!.desc).toBe('5 countries are named by at least one pledge; the highest number of pledges (2 pledges) is for Malawi.');
    const last = [...model.milestones].reverse().find((m) => m.pledges)!;
    const published = `${formatNumber(last.pledges!.value, 'en')}${last.pledges!.qualifier === 'at-least' ? '+' : ''}`;
    expect(en[5]!.desc).toBe(`ITU reported ${published} pledges on ${formatDate(last.date, 'en', last.datePrecision)}. This directory holds 6 pledges, announced from December 2021 to November 2024.`);
  });

  it('carry the counting note where a pledge can count in several categories, and the membership note for groups', () => {
    const charts = dashboardCharts(model, 'en');
    const notes = (id: string) => charts.find((c) => c.id === id)!.notes.join(' ');
    expect(notes('by-focus-area')).toContain('counts in full, with its whole estimated value, in each');
    expect(notes('by-region')).toContain('counts in full, with its whole estimated value, in each');
    expect(notes('by-stakeholder-group')).not.toContain('counts in full, with its whole estimated value, in each');
    expect(notes('country-groups')).toContain('on the day the pledge was announced');
    expect(notes('map')).toContain('counts in full, with its whole estimated value, in each');
    expect(notes('by-focus-area')).toContain('4 of 6 pledges state one');
  });

  it('write "value not stated" rather than $0 where no pledge of a category states a value', () => {
    const table = dashboardCharts(model, 'en')[0]!.tables[0]!;
    expect(table.rows.find((r) => r.cells[0] === 'Accelerate: Incentivizing investments')?.cells).toEqual(['Accelerate: Incentivizing investments', '1', 'value not stated', '0']);
    expect(dashboardCharts(model, 'en')[0]!.svg('classes')).toContain('value not stated');
  });

  it('show the official milestones and the directory in separate tables, sources cited in English', () => {
    const time = dashboardCharts(model, 'fr')[5]!;
    expect(time.tables.map((t) => t.caption)).toEqual(['Étapes officielles', 'Ce répertoire, par mois d’annonce']);
    expect(time.tables[0]!.rows).toHaveLength(model.milestones.length);
    expect(time.tables[0]!.rows[0]!.cells[2]).toBe('360+');
    expect(time.tables[0]!.rows[0]!.cells[4]).toMatchObject({ lang: 'en' });
    expect(time.data.rows.filter((r) => r.series === 'official')).toHaveLength(model.milestones.length);
  });

  it('give each subject page its charts, named after the subject, with files of their own', () => {
    expect(focusAreaCharts(model, 'en', 'access').map((c) => [c.id, c.scope, c.title])).toEqual([
      ['by-region', 'focus-area/access', 'Access: pledges by ITU-D region'],
      ['status', 'focus-area/access', 'Access: pledges by status'],
    ]);
    expect(regionCharts(model, 'fr', 'africa').map((c) => c.title)).toEqual(['Afrique\u202f: promesses par domaine d’action', 'Afrique\u202f: promesses par état']);
    expect(groupCharts(model, 'en', 'sids').map((c) => c.id)).toEqual(['by-region', 'by-focus-area']);
    expect(pledgerCharts(model, 'en', 'gov').map((c) => c.scope)).toEqual(['pledger/gov']);
    expect(countryCharts(model, 'en', 'MWI').map((c) => [c.id, c.scope, c.tables.length])).toEqual([['over-time', 'country/mwi', 1]]);
    expect(homeChart(model, 'en').scope).toBe('');
  });

  it('give no chart to a subject without pledges, or to a pledger with a single one', () => {
    expect(countryCharts(model, 'en', 'BRA')).toEqual([]);
    expect(regionCharts(model, 'en', 'cis')).toEqual([]);
    const single = smallModel();
    (single.pledgesByPledger as Map<string, PledgeView[]>).set('gov', (single.pledgesByPledger.get('gov') ?? []).slice(0, 1));
    expect(pledgerCharts(single, 'en', 'gov')).toEqual([]);
  });

  it('isolate a pledger’s name shown in another language than the page', () => {
    expect(pledgerCharts(model, 'ar', 'firm')[0]!.title).toBe('\u2068Exemple SA\u2069: التعهدات حسب الحالة');
  });
});
