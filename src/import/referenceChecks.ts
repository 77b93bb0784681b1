import type { ContentIssue } from '../content/contentIssue.ts';
import type { ContentIndex } from './contentIndex.ts';
import type { OrganisationInput } from './organisationFromRow.ts';
import type { PledgeInput } from './pledgeFromRow.ts';
import { quotedList } from './quotedList.ts';

/** A problem in one field of an entry read from a row (the row gives file and line). */
export type FieldProblem = Omit<ContentIssue, 'file' | 'line'> & { field: string };

const countryExpected = 'an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml';
const retiredExpected = 'an id never used before (this one is retired in content/retired-ids.yaml)';

/**
 * Checks what a pledge refers to, as src/content/crossReferences.ts does for
 * the content: focus areas, pillars of those focus areas, countries,
 * beneficiary groups, WSIS action lines and the event exist, and the id is
 * not retired. Whether the pledger exists depends on the whole import and
 * is checked there.
 */
export function checkPledgeReferences(pledge: PledgeInput, index: ContentIndex): FieldProblem[] {
  const problems: FieldProblem[] = [];
  pledge.focusAreas.forEach((id, i) => {
    if (!index.focusAreaIds.has(id)) problems.push({ field: `focusAreas.${i}`, expected: `a focus area id: ${quotedList(index.focusAreaIds)}`, got: JSON.stringify(id) });
  });
  pledge.pillars.forEach((id, i) => {
    const area = index.pillarArea.get(id);
    if (!area) problems.push({ field: `pillars.${i}`, expected: `a pillar id from content/focus-areas/: ${quotedList(index.pillarArea.keys())}`, got: JSON.stringify(id) });
    else if (!pledge.focusAreas.includes(area)) problems.push({ field: `pillars.${i}`, expected: `a pillar of one of the pledge's focus areas ("${id}" belongs to "${area}", which is not in focusAreas)` });
  });
  pledge.countries.forEach((code, i) => {
    if (!index.countryCodes.has(code)) problems.push({ field: `countries.${i}`, expected: countryExpected, got: JSON.stringify(code) });
  });
  pledge.beneficiaryGroups.forEach((id, i) => {
    if (!index.beneficiaryIds.has(id)) problems.push({ field: `beneficiaryGroups.${i}`, expected: `a beneficiary group id: ${quotedList(index.beneficiaryIds)}`, got: JSON.stringify(id) });
  });
  pledge.wsisActionLines.forEach((id, i) => {
    if (!index.wsisIds.has(id)) problems.push({ field: `wsisActionLines.${i}`, expected: 'a WSIS action line listed in content/reference/wsis-action-lines.yaml', got: JSON.stringify(id) });
  });
  const event = pledge.announced.event;
  if (event && !index.eventIds.has(event)) problems.push({ field: 'announced.event', expected: `an event id: ${quotedList(index.eventIds)}`, got: JSON.stringify(event) });
  if (pledge.id && index.retiredPledges.has(pledge.id)) problems.push({ field: 'id', expected: retiredExpected, got: JSON.stringify(pledge.id) });
  return problems;
}

/** Checks what a new organisation refers to: its country exists and its id is not retired. */
export function checkOrganisationReferences(organisation: OrganisationInput, index: ContentIndex): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (organisation.country && !index.countryCodes.has(organisation.country)) {
    problems.push({ field: 'country', expected: countryExpected, got: JSON.stringify(organisation.country) });
  }
  if (organisation.id && index.retiredOrganisations.has(organisation.id)) {
    problems.push({ field: 'id', expected: retiredExpected, got: JSON.stringify(organisation.id) });
  }
  return problems;
}
