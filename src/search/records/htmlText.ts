/**
 * Plain text of a rendered document body (our own sanitised HTML from src/markdown/): tags
 * removed, footnote reference numbers dropped (the notes themselves stay), block boundaries
 * turned into spaces and character references decoded.
 */
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment, on one line. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<sup\b[^>]*>\s*<a\b[^>]*data-footnote-ref[^>]*>.*?<\/a>\s*<\/sup>/gis, '')
    .replace(/<(script|style)\b[^>]*>.*?<\/\1>/gis, ' ')
    .replace(/<\/?(p|div|li|ul|ol|h[1-6]|section|article|aside|blockquote|table|tr|td|th|dl|dt|dd|br|hr|figure|figcaption)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return decode(text).replace(/\s+/g, ' ').trim();
}
