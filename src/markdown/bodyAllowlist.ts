/**
 * What a document body may contain once rendered: the elements and attributes our Markdown
 * syntax produces (content/documents/README.md) and nothing else. Document bodies come from
 * editors' pull requests, so the renderer treats them as untrusted: raw HTML is never passed
 * through, and anything outside these lists is reported by `npm run check` and dropped.
 */

/** Elements our syntax produces: headings (h1 is the page's own), text, lists, tables, links, footnotes, blocks. */
export const allowedElements: ReadonlySet<string> = new Set([
  'h2', 'h3', 'h4', 'p', 'br', 'hr', 'blockquote',
  'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'em', 'strong', 'del', 'code', 'pre', 'sup', 'img',
  'section', 'div', 'span',
]);

/** Attributes (hast property names) our syntax produces, on any allowed element. */
export const allowedProperties: ReadonlySet<string> = new Set([
  'id', 'className', 'href', 'rel', 'hrefLang', 'hreflang', 'lang', 'dir', 'title', 'alt', 'src', 'start', 'colSpan', 'rowSpan',
  // GFM footnotes
  'dataFootnotes', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel',
]);

/** Why a link address is refused, or undefined when it is allowed: http(s), mailto, site-relative or #fragment. */
export function refusedLink(url: string): string | undefined {
  if (/^https?:\/\/[^\s/]/i.test(url)) return undefined;
  if (/^mailto:[^\s]+$/i.test(url)) return undefined;
  if (url.startsWith('#') && url.length > 1) return undefined;
  if (url.startsWith('/') && !url.startsWith('//')) return undefined;
  return 'an address starting with https://, http://, mailto:, / (a page of this site) or # (a place in this document)';
}

/** Why an image address is refused, or undefined when it is one of the site's own files. */
export function refusedImage(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//') && !/[?#]/.test(url)) return undefined;
  return 'an image from this site (an address starting with /): images from other sites are not loaded';
}

/** The alignment classes that replace GFM tables' inline `style="text-align: …"` (a strict CSP forbids inline styles). */
export function alignmentClass(style: string): string | undefined {
  const match = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style);
  return match ? `align-${match[1]}` : undefined;
}
