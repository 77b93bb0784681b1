import type { Locale } from '../../i18n/locales.ts';
import { regionIdSchema } from '../../schemas/reference.ts';
import { pledgeStatusSchema, pledgeTypeSchema } from '../../schemas/vocabularies.ts';
import { commented, orList, todo, yamlText } from './templateLines.ts';

export interface PledgeTemplate {
  id: string;
  illustrative: boolean;
  pledger: string;
  lang: Locale;
  title?: string;
  /** Alpha-3 codes; none: the pledge is marked global until the editor names countries or regions. */
  countries: readonly string[];
  /** Day of the announcement (YYYY-MM-DD). */
  date: string;
  /** Focus area ids, in order; the first is the placeholder. */
  focusAreas: readonly string[];
}

/** A new pledge file: valid as written, every line to fill in marked TODO. */
export function pledgeTemplate(p: PledgeTemplate): string {
  const [firstArea = 'access'] = p.focusAreas;
  const lines = [
    `id: ${p.id}`,
    p.illustrative ? commented('illustrative: true', 'a made-up example, labelled as such on the site') : 'illustrative: false',
    `pledger: ${p.pledger}`,
    `originalLanguage: ${p.lang}`,
    'title:',
    p.title ? `  ${p.lang}: ${yamlText(p.title)}` : commented(`  ${p.lang}: ${yamlText(`${todo}: short title`)}`, `${todo}: the title, in the language the pledge was made in`),
    'summary:',
    commented(`  ${p.lang}: ${yamlText(`${todo}: what is pledged`)}`, `${todo}: one or two sentences: what is pledged, for whom and where`),
    commented(`focusAreas: [${firstArea}]`, `${todo}: one or more of ${orList(p.focusAreas)}`),
    commented('pillars: []', 'optional: pillars of those focus areas (ids in content/focus-areas/)'),
    commented(`pledgeType: ${pledgeTypeSchema.options[0]}`, `${todo}: ${orList(pledgeTypeSchema.options)}`),
    ...(p.countries.length
      ? [commented(`countries: [${p.countries.join(', ')}]`, 'countries of implementation (ISO 3166-1 alpha-3)')]
      : [
          commented('countries: []', `${todo}: countries of implementation (ISO 3166-1 alpha-3), e.g. [KEN, UGA]`),
          commented('global: true', `${todo}: keep only for a pledge implemented worldwide; remove once countries or regions are listed`),
        ]),
    commented('regions: []', `optional: ITU-D regions beyond those of the countries: ${orList(regionIdSchema.options)}`),
    commented(`startYear: ${p.date.slice(0, 4)}`, `${todo}: first year of implementation`),
    commented('# endYear: 2030', 'optional: last year of implementation'),
    commented('# estimatedValue: { amount: 1000000, currency: USD }', 'optional; another currency also needs usd and rateDate'),
    commented('# sdgs: [9]', 'optional: Sustainable Development Goals, 1 to 17'),
    commented('# wsisActionLines: [C2]', 'optional: WSIS action lines, C1 to C11'),
    commented('# beneficiaryGroups: []', 'optional: ids in content/reference/beneficiary-groups.yaml'),
    commented(`status: ${pledgeStatusSchema.options[0]}`, `${orList(pledgeStatusSchema.options)}; an update can change it (CONTRIBUTING.md)`),
    'announced:',
    commented(`  date: ${p.date}`, `${todo}: the day the pledge was made public`),
    ...(p.illustrative
      ? []
      : [
          commented('  # event: wsis-forum-2025', 'optional: the event it was announced at (id in content/reference/events.yaml)'),
          commented(`sourceUrl: https://example.org/${todo}`, `${todo}: the public page the pledge comes from`),
        ]),
  ];
  return `${lines.join('\n')}\n`;
}
