/** One entry of an Atom feed. */
export interface AtomEntry {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the change the entry reports. */
  updated: string;
  url: string;
  summary: string;
  /** Language of the entry's text when it differs from the feed's. */
  lang?: string;
  categories?: string[];
}

/** An Atom feed (RFC 4287). */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** Address of the feed itself. */
  self: string;
  /** Address of the page it follows. */
  alternate: string;
  updated: string;
  author: string;
  /** Licence of the feed's content (Atom <rights>). */
  rights?: string;
  entries: AtomEntry[];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Serialises a feed as Atom XML. */
export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries
    .map((entry) =>
      [
        `  <entry${entry.lang ? ` xml:lang="${escapeXml(entry.lang)}"` : ''}>`,
        `    <id>${escapeXml(entry.id)}</id>`,
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <updated>${timestamp(entry.updated)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
        ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
        `    <summary>${escapeXml(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    )
    .join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${timestamp(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights>${escapeXml(feed.rights)}</rights>`] : []),
    entries,
    '</feed>',
    '',
  ].join('\n');
}
