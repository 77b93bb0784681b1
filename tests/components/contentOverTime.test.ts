import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import GroupMembershipFacts from '../../src/components/GroupMembershipFacts.astro';
import SupersededNotice from '../../src/components/SupersededNotice.astro';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { contentWarnings } from '../../src/content/contentWarnings.ts';
import { buildSiteModel } from '../../src/model/siteModel.ts';
import { documentMetaSchema, type DocumentEntry } from '../../src/schemas/document.ts';

const content = checkContent().content!;
const nepal = () => content.reference.countries.items.find((c) => c.alpha3 === 'NPL')!;

describe('a graduation recorded with dates', () => {
  const before = buildSiteModel(content, '2026-11-01');
  const after = buildSiteModel(content, '2026-11-29');

  it('changes today’s group membership and the country’s page, not the group of older pledges', async () => {
    expect(before.membership.membersOn('ldc', before.asOf)).toContain('NPL');
    expect(after.membership.membersOn('ldc', after.asOf)).not.toContain('NPL');
    expect(after.membership.membersOn('ldc', after.asOf).length).toBe(before.membership.membersOn('ldc', before.asOf).length - 3);
    // ill-008 (Nepal and Bangladesh, announced in 2024) still counts as an LDC pledge.
    for (const model of [before, after]) expect(model.pledgesByGroup.get('ldc')?.map((v) => v.id)).toContain('ill-008');
    const container = await AstroContainer.create();
    const page = (model: typeof before) => container.renderToString(GroupMembershipFacts, { props: { locale: 'en', model, country: nepal() } });
    const [pageBefore, pageAfter] = await Promise.all([page(before), page(after)]);
    expect(pageBefore).toMatch(/data-group="ldc" data-current="true"/);
    expect(pageBefore).toContain('graduation set for November 24, 2026 by UN General Assembly resolution A/RES/76/8');
    expect(pageAfter).toMatch(/data-group="ldc" data-current="false"/);
    expect(pageAfter).toContain('a member until November 24, 2026, the date set by UN General Assembly resolution A/RES/76/8');
    expect(pageAfter).toContain('would ask for a deferral of its graduation');
  });

  it('warns, naming the file and the entry, once its scheduled date has passed unconfirmed', () => {
    expect(contentWarnings(content, '2026-11-01')).toEqual([]);
    const warnings = contentWarnings(content, '2026-11-29');
    expect(warnings.map((w) => w.expected.split(':')[0])).toEqual(['an outcome for BGD (ldc)', 'an outcome for LAO (ldc)', 'an outcome for NPL (ldc)']);
    for (const warning of warnings) expect(warning.file).toBe('content/reference/group-membership.yaml');
  });
});

describe('a superseded document', () => {
  // A newer version of Resolution 88, listed with its metadata and official link before its text is published here.
  const newer: DocumentEntry = {
    id: 'resolution-88-rev-2099',
    meta: documentMetaSchema.parse({
      type: 'resolution', symbol: 'Resolution 88 (Rev. Test, 2099)', date: '2099-06-30', issuingBody: 'wtdc-22', originalLanguage: 'en',
      title: { en: 'Partner2Connect Digital Coalition (revised)', fr: 'Coalition numérique Partner2Connect (révisée)', ar: 'التحالف الرقمي للشراكة من أجل التوصيل (منقّح)' },
      official: { en: { url: 'https://www.itu.int/example', source: 'test fixture' } },
      revises: 'resolution-88',
    }),
    versions: {},
  };
  const model = buildSiteModel({ ...content, documents: [...content.documents, newer] }, '2099-12-31');
  const old = model.documentById.get('resolution-88')!;

  it('says so prominently and links the newer version, in three languages', async () => {
    const container = await AstroContainer.create();
    const expected = { en: 'This text has been superseded by Partner2Connect Digital Coalition (revised)', fr: 'Ce texte a été remplacé par le texte suivant', ar: 'حلّ محل هذا النص النص التالي' };
    for (const locale of ['en', 'fr', 'ar'] as const) {
      const html = await container.renderToString(SupersededNotice, { props: { locale, model, doc: old } });
      expect(html, locale).toContain('class="notice notice-strong superseded"');
      expect(html, locale).toContain(expected[locale]);
      expect(html, locale).toContain(`href="/${locale}/documents/resolution-88-rev-2099/"`);
    }
  });

  it('says nothing on a document that nothing supersedes', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(SupersededNotice, { props: { locale: 'en', model, doc: model.documentById.get('bdt-dir-110')! } })).not.toContain('superseded');
  });
});
