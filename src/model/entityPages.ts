import { locales, type Locale } from '../i18n/locales.ts';
import { paginate, type ListPage } from './paginate.ts';
import type { PledgeView } from './pledgeView.ts';

/** Props of a paginated page about one entity (focus area, country, pledger …). */
export interface EntityPageProps<Entity> {
  entity: Entity;
  pledges: readonly PledgeView[];
  current: ListPage<PledgeView>;
}

/**
 * getStaticPaths entries for entity pages with a paginated list of pledges:
 * one path per language, entity and page of its pledges.
 */
export function entityPagePaths<Entity, Key extends string>(
  key: Key,
  entities: readonly Entity[],
  idOf: (entity: Entity) => string,
  pledgesOf: (entity: Entity) => readonly PledgeView[],
): { params: { lang: Locale; page: string | undefined } & Record<Key, string>; props: EntityPageProps<Entity> }[] {
  return entities.flatMap((entity) => {
    const pledges = pledgesOf(entity);
    const pages = paginate(pledges);
    return locales.flatMap((lang) =>
      pages.map((current) => ({
        params: { lang, page: current.param, [key]: idOf(entity) } as { lang: Locale; page: string | undefined } & Record<Key, string>,
        props: { entity, pledges, current },
      })),
    );
  });
}
