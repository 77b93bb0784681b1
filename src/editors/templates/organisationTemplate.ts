import type { Locale } from '../../i18n/locales.ts';
import { stakeholderGroupSchema } from '../../schemas/vocabularies.ts';
import { commented, orList, todo, yamlText } from './templateLines.ts';

export interface OrganisationTemplate {
  id: string;
  illustrative: boolean;
  lang: Locale;
  name?: string;
  /** Home country, alpha-3. */
  country: string;
  stakeholderGroup?: string;
}

/** A new organisation file: valid as written, every line to fill in marked TODO. */
export function organisationTemplate(o: OrganisationTemplate): string {
  const lines = [
    `id: ${o.id}`,
    o.illustrative ? commented('illustrative: true', 'a made-up example, labelled as such on the site') : 'illustrative: false',
    commented(`originalLanguage: ${o.lang}`, 'the language the organisation names itself in'),
    'name:',
    o.name ? `  ${o.lang}: ${yamlText(o.name)}` : commented(`  ${o.lang}: ${yamlText(`${todo}: name`)}`, `${todo}: its name as it writes it`),
    commented('# abbreviation: ABC', 'optional: the abbreviation it uses'),
    o.stakeholderGroup
      ? `stakeholderGroup: ${o.stakeholderGroup}`
      : commented('stakeholderGroup: other', `${todo}: ${orList(stakeholderGroupSchema.options)}`),
    commented(`country: ${o.country}`, 'home country (ISO 3166-1 alpha-3): where it is based'),
    commented('# website: https://www.example.org/', 'optional: its website'),
    'description:',
    commented(`  ${o.lang}: ${yamlText(`${todo}: about the organisation`)}`, `${todo}: one or two sentences about it`),
  ];
  return `${lines.join('\n')}\n`;
}
