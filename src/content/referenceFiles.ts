import type { z } from 'zod';
import {
  countriesFileSchema,
  groupMembershipFileSchema,
  countryGroupsFileSchema,
  documentTypesFileSchema,
  eventsFileSchema,
  regionsFileSchema,
  sdgsFileSchema,
  vocabularyFileSchema,
  wsisActionLinesFileSchema,
} from '../schemas/reference.ts';

/** Each reference file under content/reference/, by its name, with its schema. */
export const referenceFiles = {
  countries: countriesFileSchema,
  'group-membership': groupMembershipFileSchema,
  regions: regionsFileSchema,
  'country-groups': countryGroupsFileSchema,
  sdgs: sdgsFileSchema,
  'wsis-action-lines': wsisActionLinesFileSchema,
  'stakeholder-groups': vocabularyFileSchema,
  'pledge-types': vocabularyFileSchema,
  statuses: vocabularyFileSchema,
  'beneficiary-groups': vocabularyFileSchema,
  'document-types': documentTypesFileSchema,
  'issuing-bodies': vocabularyFileSchema,
  events: eventsFileSchema,
} as const;

export type ReferenceName = keyof typeof referenceFiles;

/** All reference data, each file as validated. */
export type ReferenceData = { [Name in ReferenceName]: z.infer<(typeof referenceFiles)[Name]> };
