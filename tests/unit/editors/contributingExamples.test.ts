import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/content/contentIssue.ts';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';

/**
 * CONTRIBUTING.md quotes what `npm run check` says about broken copies of the
 * content. Each broken copy is made again here from the real content, and every
 * message the guide quotes must still be one the check prints (line numbers
 * aside: they move when the content is edited), so the guide stays true.
 */
const root = path.resolve('.');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content with some files written or edited; the check's messages, paths as in the guide. */
function messagesOf(edits: Record<string, string | ((text: string) => string)>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'p2c-contributing-'));
  dirs.push(dir);
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof edit === 'string' ? edit : edit(readFileSync(full, 'utf8')));
  }
  // Some checks name content/reference/… whatever the content folder is; the others name the file in the copy.
  const asInGuide = (file: string) => (file.startsWith('content/') ? file : `content/${path.relative(dir, path.resolve(file)).split(path.sep).join('/')}`);
  return checkContent(dir).issues.map((issue) => formatIssue({ ...issue, file: asInGuide(issue.file) }));
}

const withoutLines = (message: string) => message.replace(/^(\S+?):\d+:/, '$1:');

const pledge = `id: p2c-0001
illustrative: false
pledger: tamarind-relay-networks
originalLanguage: en
title:
  en: "Fibre backbone for Kisumu County schools"
summary:
  en: "Tamarind Relay Networks will connect 120 secondary schools in Kisumu County to a fibre backbone and give each a free 100 Mbit/s link for three years."
focusAreas: [access, adoptoin]
pillars: [access-infrastructure]
pledgeType: programmatic
countries: [KEN, TZN]
startYear: 2027
endYear: 2029
estimatedValue: { amount: 4500000, currency: USD }
sdgs: [4, 9]
wsisActionLines: [C2]
beneficiaryGroups: [schools]
status: announced
announced:
  date: 2026-11-20
  event: online-platfrom
sourceUrl: https://www.example.org/news/kisumu-schools-fibre
`;

const update = '\n  - date: 2026-10-02\n    status: completed\n    originalLanguage: en\n    text:\n      en: >-\n        All 350 sites are on air. The pledge is complete.\n';

const organisation = `id: lake-basin-connectivity-trust
illustrative: false
originalLanguage: en
name:
  en: "Lake Basin Connectivity Trust"
  fr: "Fondation pour la connectivité du bassin du lac"
stakeholderGroup: civil society
country: Kenya
website: https://www.example.org/lake-basin-trust
description:
  en: "A charitable trust that brings community networks to fishing villages around Lake Victoria."
`;

const reportDir = 'documents/partner2connect-annual-report-2026';
const reportEn = `---
title: "Partner2Connect annual report 2026"
summary: "The coalition's pledges in 2026: how many were made, what they are worth and how far they have come."
text: published
---

## 1 Pledges made in 2026 {#sec-1}

:::para{#para-1-1 label="1.1"}
In 2026, members of the coalition made new pledges in all four focus areas.
:::

:::para{#para-1-2 label="1.2"}
Most of them concern the least developed countries.[^1]
:::

[^1]: As listed by the United Nations on the date of each pledge.
`;
const reportFr = `---
title: "Rapport annuel 2026 de Partner2Connect"
summary: "Les promesses de la coalition en 2026 : combien ont été faites, ce qu’elles représentent et où elles en sont."
text: unofficial-translation
---

## 1 Promesses faites en 2026 {#sec-1}

:::para{#para-1-1 label="1.1"}
En 2026, des membres de la coalition ont fait de nouvelles promesses dans les quatre domaines d’action.
:::

[^1]: Selon la liste des Nations Unies à la date de chaque promesse.
`;
const reportMeta = 'type: report\nsymbol: BDT/P2C/2026/1\ndate: 2026-11-10\nissuingBody: BDT\noriginalLanguage: en\nfocusAreas: [access, adoption]\nrelated: [resolution-88]\n';

const revision = `type: resolution
symbol: Resolution 88 (Rev. Baku, 2025)
date: 2025-11-28
datePrecision: month
issuingBody: wtdc-25
originalLanguage: en
focusAreas: [access, adoption, value-creation, accelerate]
related: []
revises: resolution-8
title:
  en: Partner2Connect Digital Coalition
official:
  en:
    url: https://www.itu.int/md/D22-WTDC25-EXAMPLE/en
    source: ITU document service, page checked on 2026-12-01
`;

describe('the messages quoted in CONTRIBUTING.md', { timeout: 60_000 }, () => {
  it('are what the check says about the broken copies the guide describes', () => {
    const said = [
      messagesOf({ 'pledges/p2c-0001.yaml': pledge }),
      messagesOf({ 'pledges/ill-005.yaml': (t) => t.replace(/announced:\n {2}date: (\S+)\n/, 'announced:\n  date: $1\n  event: wsis-forum-2023\n') }),
      messagesOf({ 'pledges/ill-001.yaml': (t) => t.trimEnd() + update }),
      messagesOf({ 'pledges/ill-001.yaml': (t) => (t.trimEnd() + update).replace(/^status: in-progress/m, 'status: completed').replace('    status: completed', '    status: complete') }),
      messagesOf({ 'organisations/lake-basin-connectivity-trust.yaml': organisation }),
      messagesOf({ [`${reportDir}/meta.yaml`]: reportMeta, [`${reportDir}/en.md`]: reportEn, [`${reportDir}/fr.md`]: reportFr }),
      messagesOf({
        [`${reportDir}/meta.yaml`]: reportMeta.replace('issuingBody: BDT', 'issuingBody: bdt'),
        [`${reportDir}/en.md`]: reportEn,
        [`${reportDir}/fr.md`]: reportFr.replace('text: unofficial-translation\n', 'text: unofficial-translation\ntranslatedFrom: en\n'),
      }),
      messagesOf({
        'reference/group-membership.yaml': (t) =>
          t
            .replace(/(country: LAO[\s\S]*?untilStatus: )scheduled/, '$1confirmd')
            .replace('  - country: KHM  # Cambodia\n    group: ldc\n', '  - country: KHM  # Cambodia\n    group: ldc\n    until: 2029-12-13\n    untilStatus: scheduled\n'),
      }),
      messagesOf({ 'reference/group-membership.yaml': (t) => t.replace('{ country: RWA, group: ldc }', '{ country: RWD, group: ldc }') }),
      messagesOf({ 'documents/resolution-88-baku-2025/meta.yaml': revision }),
      messagesOf({ 'pledges/ill-010.yaml': (t) => t.replace('pledger: example-kestrel-agency', 'pledger: kestrel-agency-for-digital-cooperation') }),
      messagesOf({ 'organisations/example-kestrel-agency.yaml': (t) => t.replace('formerIds: [kestrel-agency-for-digital-cooperation]', 'formerIds: [kestrel-agency-for-digital-cooperation, example-sunbula-authority]') }),
      messagesOf({
        'retired-ids.yaml': (t) => t.replace(/^pledges: \[\]/m, 'pledges: [ill-041]'),
        'pledges/ill-041.yaml': readFileSync(path.join(root, 'content', 'pledges', 'ill-040.yaml'), 'utf8').replace('id: ill-040', 'id: ill-041'),
      }),
    ].flat().map(withoutLines);

    const quoted = readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('  ✗ '))
      .map((line) => withoutLines(line.slice(4)));
    expect(quoted.length).toBeGreaterThan(15);
    expect(quoted.filter((line) => !said.includes(line))).toEqual([]);
  });
});
