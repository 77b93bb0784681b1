import { documentTypeIdSchema, pledgeStatusSchema, pledgeTypeSchema, stakeholderGroupSchema } from '../schemas/vocabularies.ts';
import type { ContentIssue } from './contentIssue.ts';
import type { ContentSet, EntryFiles } from './loadContent.ts';

function listOf(values: Iterable<string>, max = 12): string {
  const all = [...values];
  const shown = all.slice(0, max).map((v) => `"${v}"`).join(', ');
  return all.length > max ? `${shown} … (${all.length} in all)` : shown;
}

/** Checks that every reference between files points at something that exists. */
export function checkCrossReferences(content: ContentSet, files: EntryFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { reference } = content;
  const countryCodes = new Set(reference.countries.items.map((c) => c.alpha3));
  const focusAreaIds = new Set([...content.focusAreas].sort((a, b) => a.number - b.number).map((f) => f.id));
  const organisationIds = new Set(content.organisations.map((o) => o.id));
  const documentIds = new Set(content.documents.map((d) => d.id));
  const beneficiaryIds = new Set(reference['beneficiary-groups'].items.map((b) => b.id));
  const eventIds = new Set(reference.events.items.map((e) => e.id));
  const wsisIds = new Set(reference['wsis-action-lines'].items.map((w) => w.id));
  const issuingBodyIds = new Set(reference['issuing-bodies'].items.map((b) => b.id));
  const pillarArea = new Map<string, string>();

  for (const area of content.focusAreas) {
    const file = files.focusAreas.get(area.id) ?? `content/focus-areas/${area.id}.yaml`;
    area.pillars.forEach((pillar, index) => {
      const other = pillarArea.get(pillar.id);
      if (other) issues.push({ file, field: `pillars.${index}.id`, expected: `a pillar id not used elsewhere ("${pillar.id}" is also a pillar of "${other}")` });
      pillarArea.set(pillar.id, area.id);
    });
  }

  // Every value a schema allows must have labels in the reference data.
  const vocabularies: [string, readonly string[], string][] = [
    ['pledge-types', pledgeTypeSchema.options, 'pledge type'],
    ['statuses', pledgeStatusSchema.options, 'status'],
    ['stakeholder-groups', stakeholderGroupSchema.options, 'stakeholder group'],
    ['document-types', documentTypeIdSchema.options, 'document type'],
  ];
  for (const [name, values, what] of vocabularies) {
    const present = new Set((reference[name as 'statuses'].items as { id: string }[]).map((item) => item.id));
    for (const value of values) {
      if (!present.has(value)) issues.push({ file: `content/reference/${name}.yaml`, field: 'items', expected: `an item with id "${value}" giving the labels of that ${what}` });
    }
  }
  for (const [name, data] of Object.entries(reference)) {
    const seen = new Set<string>();
    (data.items as { id?: string | number; alpha3?: string; country?: string; group?: string; from?: string }[]).forEach((item, index) => {
      const key = item.id !== undefined || item.alpha3 !== undefined ? String(item.id ?? item.alpha3) : `${item.country} ${item.group} from ${item.from ?? 'the start'}`;
      if (seen.has(key)) issues.push({ file: `content/reference/${name}.yaml`, field: `items.${index}`, expected: `a code used once ("${key}" appears twice)` });
      seen.add(key);
    });
  }

  // Group membership: known countries, and periods of one country in one group that do not overlap.
  const membershipFile = 'content/reference/group-membership.yaml';
  const periods = new Map<string, { from: string; until: string; index: number }[]>();
  reference['group-membership'].items.forEach((item, index) => {
    if (!countryCodes.has(item.country)) {
      issues.push({ file: membershipFile, field: `items.${index}.country`, expected: 'an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml', got: JSON.stringify(item.country) });
    }
    const key = `${item.country} ${item.group}`;
    const period = { from: item.from ?? '0000-00-00', until: item.until ?? '9999-99-99', index };
    for (const other of periods.get(key) ?? []) {
      if (period.from < other.until && other.from < period.until) {
        issues.push({ file: membershipFile, field: `items.${index}`, expected: `periods of ${key} that do not overlap (this one overlaps items.${other.index})` });
      }
    }
    periods.set(key, [...(periods.get(key) ?? []), period]);
  });

  // An address once published keeps answering: former ids are unique and never the id of another entry.
  const formerOwners = new Map<string, string>();
  const checkFormerIds = (kind: 'pledges' | 'organisations' | 'documents', file: string, id: string, formerIds: readonly string[], current: ReadonlySet<string>) => {
    formerIds.forEach((former, index) => {
      const key = `${kind}/${former}`;
      if (former === id || current.has(former)) {
        issues.push({ file, field: `formerIds.${index}`, expected: `an id no current entry uses ("${former}" is the id of an entry)`, got: JSON.stringify(former) });
      } else if (formerOwners.has(key)) {
        issues.push({ file, field: `formerIds.${index}`, expected: `a former id claimed by one entry only ("${former}" is also a former id in ${formerOwners.get(key)})`, got: JSON.stringify(former) });
      } else if (content.retired[kind].includes(former)) {
        issues.push({ file, field: `formerIds.${index}`, expected: `an id not listed in content/retired-ids.yaml (a former id redirects; a retired id answers "gone")`, got: JSON.stringify(former) });
      }
      formerOwners.set(key, file);
    });
  };
  const pledgeIds = new Set(content.pledges.map((p) => p.id));

  for (const organisation of content.organisations) {
    const file = files.organisations.get(organisation.id) ?? '';
    checkFormerIds('organisations', file, organisation.id, organisation.formerIds, organisationIds);
    if (!countryCodes.has(organisation.country)) {
      issues.push({ file, field: 'country', expected: 'an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml', got: JSON.stringify(organisation.country) });
    }
    if (content.retired.organisations.includes(organisation.id)) {
      issues.push({ file, field: 'id', expected: 'an id never used before (this one is retired in content/retired-ids.yaml)', got: JSON.stringify(organisation.id) });
    }
  }

  // Words of the directory's own addresses (/pledges/largest/, /pledges/page/2/ …) cannot be pledge ids.
  const reservedPledgeIds = new Set(['largest', 'worldwide', 'status', 'page']);
  for (const pledge of content.pledges) {
    const file = files.pledges.get(pledge.id) ?? '';
    if (reservedPledgeIds.has(pledge.id)) issues.push({ file, field: 'id', expected: `an id other than the words the directory's addresses use (${listOf(reservedPledgeIds)})`, got: JSON.stringify(pledge.id) });
    checkFormerIds('pledges', file, pledge.id, pledge.formerIds, pledgeIds);
    // The events are real: a made-up pledge must not appear to have been announced at one.
    if (pledge.illustrative && pledge.announced.event) {
      issues.push({ file, field: 'announced.event', expected: 'no event for an illustrative pledge (events are real occasions; remove the field)', got: JSON.stringify(pledge.announced.event) });
    }
    if (!organisationIds.has(pledge.pledger)) {
      issues.push({ file, field: 'pledger', expected: `the id of an organisation in content/organisations/ (no file content/organisations/${pledge.pledger}.yaml)`, got: JSON.stringify(pledge.pledger) });
    }
    pledge.focusAreas.forEach((id, index) => {
      if (!focusAreaIds.has(id)) issues.push({ file, field: `focusAreas.${index}`, expected: `a focus area id: ${listOf(focusAreaIds)}`, got: JSON.stringify(id) });
    });
    pledge.pillars.forEach((id, index) => {
      const area = pillarArea.get(id);
      if (!area) issues.push({ file, field: `pillars.${index}`, expected: `a pillar id from content/focus-areas/: ${listOf(pillarArea.keys())}`, got: JSON.stringify(id) });
      else if (!pledge.focusAreas.includes(area)) issues.push({ file, field: `pillars.${index}`, expected: `a pillar of one of the pledge's focus areas ("${id}" belongs to "${area}", which is not in focusAreas)` });
    });
    pledge.countries.forEach((code, index) => {
      if (!countryCodes.has(code)) issues.push({ file, field: `countries.${index}`, expected: 'an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml', got: JSON.stringify(code) });
    });
    pledge.beneficiaryGroups.forEach((id, index) => {
      if (!beneficiaryIds.has(id)) issues.push({ file, field: `beneficiaryGroups.${index}`, expected: `a beneficiary group id: ${listOf(beneficiaryIds)}`, got: JSON.stringify(id) });
    });
    pledge.wsisActionLines.forEach((id, index) => {
      if (!wsisIds.has(id)) issues.push({ file, field: `wsisActionLines.${index}`, expected: `a WSIS action line listed in content/reference/wsis-action-lines.yaml`, got: JSON.stringify(id) });
    });
    if (pledge.announced.event && !eventIds.has(pledge.announced.event)) {
      issues.push({ file, field: 'announced.event', expected: `an event id: ${listOf(eventIds)}`, got: JSON.stringify(pledge.announced.event) });
    }
    if (content.retired.pledges.includes(pledge.id)) {
      issues.push({ file, field: 'id', expected: 'an id never used before (this one is retired in content/retired-ids.yaml)', got: JSON.stringify(pledge.id) });
    }
  }

  for (const document of content.documents) {
    const file = document.metaFile;
    checkFormerIds('documents', file, document.id, document.meta.formerIds, documentIds);
    if (!issuingBodyIds.has(document.meta.issuingBody)) {
      issues.push({ file, field: 'issuingBody', expected: `an issuing body id: ${listOf(issuingBodyIds)}`, got: JSON.stringify(document.meta.issuingBody) });
    }
    document.meta.focusAreas.forEach((id, index) => {
      if (!focusAreaIds.has(id)) issues.push({ file, field: `focusAreas.${index}`, expected: `a focus area id: ${listOf(focusAreaIds)}`, got: JSON.stringify(id) });
    });
    document.meta.related.forEach((id, index) => {
      if (id === document.id) issues.push({ file, field: `related.${index}`, expected: 'another document (a document cannot be related to itself)' });
      else if (!documentIds.has(id)) issues.push({ file, field: `related.${index}`, expected: `the id of a document in content/documents/: ${listOf(documentIds)}`, got: JSON.stringify(id) });
    });
    if (document.meta.revises !== undefined) {
      if (document.meta.revises === document.id) issues.push({ file, field: 'revises', expected: 'another document (a document cannot revise itself)' });
      else if (!documentIds.has(document.meta.revises)) issues.push({ file, field: 'revises', expected: `the id of the earlier version in content/documents/: ${listOf(documentIds)}`, got: JSON.stringify(document.meta.revises) });
      else if (content.documents.some((other) => other.id !== document.id && other.meta.revises === document.meta.revises)) {
        issues.push({ file, field: 'revises', expected: `an earlier version no other document revises ("${document.meta.revises}" is revised twice)` });
      }
    }
    for (const version of Object.values(document.versions)) {
      const from = version.frontmatter.translatedFrom;
      if (from && !document.versions[from]) {
        issues.push({ file: version.file, field: 'translatedFrom', expected: `a language this document exists in (${Object.keys(document.versions).join(', ')})`, got: JSON.stringify(from) });
      }
    }
    if (content.retired.documents.includes(document.id)) {
      issues.push({ file, expected: 'a document id never used before (this one is retired in content/retired-ids.yaml)' });
    }
  }
  return issues;
}
