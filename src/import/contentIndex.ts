import type { ContentSet } from '../content/loadContent.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Pledge } from '../schemas/pledge.ts';

/** The existing content, indexed for checking imported rows against it. */
export interface ContentIndex {
  countryCodes: ReadonlySet<string>;
  regionOfCountry: ReadonlyMap<string, string>;
  focusAreaIds: ReadonlySet<string>;
  /** Focus area each pillar belongs to. */
  pillarArea: ReadonlyMap<string, string>;
  beneficiaryIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  wsisIds: ReadonlySet<string>;
  organisations: ReadonlyMap<string, Organisation>;
  pledges: ReadonlyMap<string, Pledge>;
  retiredPledges: ReadonlySet<string>;
  retiredOrganisations: ReadonlySet<string>;
}

/** Indexes loaded content by the codes and ids rows refer to. */
export function indexContent(content: ContentSet): ContentIndex {
  const { reference } = content;
  const focusAreas = [...content.focusAreas].sort((a, b) => a.number - b.number);
  return {
    countryCodes: new Set(reference.countries.items.map((c) => c.alpha3)),
    regionOfCountry: new Map(reference.countries.items.map((c) => [c.alpha3, c.region])),
    focusAreaIds: new Set(focusAreas.map((f) => f.id)),
    pillarArea: new Map(focusAreas.flatMap((area) => area.pillars.map((pillar) => [pillar.id, area.id] as const))),
    beneficiaryIds: new Set(reference['beneficiary-groups'].items.map((b) => b.id)),
    eventIds: new Set(reference.events.items.map((e) => e.id)),
    wsisIds: new Set(reference['wsis-action-lines'].items.map((w) => w.id)),
    organisations: new Map(content.organisations.map((o) => [o.id, o])),
    pledges: new Map(content.pledges.map((p) => [p.id, p])),
    retiredPledges: new Set(content.retired.pledges),
    retiredOrganisations: new Set(content.retired.organisations),
  };
}
