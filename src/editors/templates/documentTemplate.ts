import type { Locale } from '../../i18n/locales.ts';
import { ituLanguageSchema } from '../../schemas/document.ts';
import { documentTypeIdSchema } from '../../schemas/vocabularies.ts';
import { commented, orList, todo, yamlText } from './templateLines.ts';

export interface DocumentTemplate {
  lang: Locale;
  title?: string;
  type?: string;
  /** Date of the document (YYYY-MM-DD). */
  date: string;
  /** Issuing body ids; the first is the placeholder. */
  issuingBodies: readonly string[];
  focusAreas: readonly string[];
}

/** meta.yaml of a new document: valid as written, every line to fill in marked TODO. */
export function documentMetaTemplate(d: DocumentTemplate): string {
  const [firstBody = 'bdt'] = d.issuingBodies;
  const lines = [
    d.type ? `type: ${d.type}` : commented(`type: report`, `${todo}: ${orList(documentTypeIdSchema.options)}`),
    commented('symbol: null', `${todo}: the symbol or reference as printed (e.g. BDT/DIR/110); null when the source gives none`),
    commented(`date: ${d.date}`, `${todo}: the date of the document`),
    commented('# datePrecision: month', 'optional: month or year, when only the month or the year is known'),
    commented(`issuingBody: ${firstBody}`, `${todo}: who issued it: ${orList(d.issuingBodies)}`),
    commented(`originalLanguage: ${d.lang}`, `${todo}: the language it was first written in: ${orList(ituLanguageSchema.options)}`),
    commented('focusAreas: []', `optional: the focus areas it concerns: ${orList(d.focusAreas)}`),
    commented('related: []', 'optional: ids of other documents in content/documents/'),
    commented('# revises: older-document-id', 'only for a newer version of a document already here (CONTRIBUTING.md)'),
  ];
  return `${lines.join('\n')}\n`;
}

/** {lang}.md of a new document: front matter and a first section to replace. */
export function documentVersionTemplate(d: DocumentTemplate): string {
  const lines = [
    '---',
    d.title ? `title: ${yamlText(d.title)}` : commented(`title: ${yamlText(`${todo}: title`)}`, `${todo}: the title in this language`),
    commented(`summary: ${yamlText(`${todo}: summary`)}`, `${todo}: one or two sentences, in our own words, for listings and search`),
    commented('text: published', `${todo}: published (ITU's text in this language) or unofficial-translation (then add translatedFrom: LANG)`),
    '---',
    '',
    `## 1 ${todo}: first heading {#sec-1}`,
    '',
    `${todo}: the text of the document. Numbered paragraphs, footnotes and blocks: see content/documents/README.md.`,
  ];
  return `${lines.join('\n')}\n`;
}
