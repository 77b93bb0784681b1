import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/contentIssue.ts';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { renderDocumentBody } from '../../src/markdown/renderDocumentBody.ts';
import { makeContentFixture, placeFixture } from '../support/contentFixture.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The checker's messages for a document whose English version is the fixture. */
function messagesFor(fixture: string): string[] {
  dir = makeContentFixture();
  placeFixture(dir, 'document-meta.yaml', 'documents/test-doc/meta.yaml');
  placeFixture(dir, 'document-ar.md', 'documents/test-doc/ar.md');
  placeFixture(dir, fixture, 'documents/test-doc/en.md');
  const { issues } = checkContent(dir);
  return issues.map((issue) => formatIssue({ ...issue, file: path.relative(dir, path.resolve(issue.file)).split(path.sep).join('/') }));
}

const strings = { footnotes: 'Notes', backToReference: 'Back to reference {reference}', linkNotAvailable: 'link not available in the source' };

describe('a document body cannot inject markup', () => {
  it('rejects a <script> element, naming file and line', () => {
    expect(messagesFor('document-raw-script.md')).toEqual([
      'documents/test-doc/en.md:9: expected Markdown instead of raw HTML (content/documents/README.md lists what a body may use), got "<script>alert(1)</script>"',
    ]);
  });

  it('rejects a javascript: link', () => {
    expect(messagesFor('document-javascript-link.md')).toEqual([
      'documents/test-doc/en.md:9: expected an address starting with https://, http://, mailto:, / (a page of this site) or # (a place in this document), got "javascript:alert(1)"',
    ]);
  });

  it('rejects an iframe', () => {
    expect(messagesFor('document-iframe.md')).toEqual([
      'documents/test-doc/en.md:9: expected Markdown instead of raw HTML (content/documents/README.md lists what a body may use), got "<iframe src=\\"https://example.com\\"></iframe>"',
    ]);
  });

  it('rejects an image with an event handler', () => {
    expect(messagesFor('document-img-onerror.md')).toEqual([
      'documents/test-doc/en.md:9: expected Markdown instead of raw HTML (content/documents/README.md lists what a body may use), got "<img src=x onerror=\\"alert(1)\\">"',
    ]);
  });

  it('rejects an image from another site', () => {
    expect(messagesFor('document-remote-image.md')).toEqual([
      'documents/test-doc/en.md:9: expected an image from this site (an address starting with /): images from other sites are not loaded, got "https://example.com/chart.png"',
    ]);
  });

  it('never writes any of them into the rendered HTML, even when the check is bypassed', () => {
    const body = [
      '<script>alert(1)</script>',
      '[click](javascript:alert(1)) [data](data:text/html,<b>x</b>) [vb](vbscript:x)',
      '<iframe src="https://example.com"></iframe>',
      'A <img src=x onerror="alert(1)"> picture and <a href="#" onclick="x()">a link</a>.',
      '![remote](https://example.com/x.png)',
      '<style>body{display:none}</style>',
    ].join('\n\n');
    const { html, problems } = renderDocumentBody(body, strings);
    expect(problems.length).toBeGreaterThanOrEqual(8);
    for (const bad of ['<script', 'javascript:', 'data:', 'vbscript:', '<iframe', 'onerror', 'onclick', 'example.com', '<style']) expect(html).not.toContain(bad);
  });

  it('keeps what our syntax produces: links, tables (alignment as a class, not a style), footnotes and blocks', () => {
    const body = '## Part {#part}\n\n[site](/en/) [mail](mailto:a@example.org) [out](https://www.itu.int/) [here](#part)\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: A note.\n\n:::para{#para-1 label="1"}\nText, :nolink[here].\n:::\n';
    const { html, problems } = renderDocumentBody(body, strings);
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="/en/">site</a>');
    expect(html).toContain('<a href="https://www.itu.int/" rel="external">out</a>');
    expect(html).toContain('<th class="align-center">a</th>');
    expect(html).not.toContain('style=');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('<span class="visually-hidden"> (link not available in the source)</span>');
  });
});
