import { bibtex } from './bibtex.ts';
import type { CitationRecord } from './citationRecord.ts';
import { cslJson } from './cslJson.ts';
import { ris } from './ris.ts';

/** One downloadable reference file of a citation. */
export interface CitationDownload {
  format: 'bibtex' | 'ris' | 'csl';
  /** File name offered to the reader, e.g. p2c-pledge-ill-014-en.bib. */
  fileName: string;
  /** Media type of the file. */
  mediaType: string;
  /** Its content. */
  text: string;
}

/** The reference files of a record: BibTeX, RIS and CSL-JSON. */
export function citationDownloads(record: CitationRecord): CitationDownload[] {
  return [
    { format: 'bibtex', fileName: `${record.key}.bib`, mediaType: 'application/x-bibtex', text: bibtex(record) },
    { format: 'ris', fileName: `${record.key}.ris`, mediaType: 'application/x-research-info-systems', text: ris(record) },
    { format: 'csl', fileName: `${record.key}.json`, mediaType: 'application/vnd.citationstyles.csl+json', text: cslJson(record) },
  ];
}

/** ASCII characters a URL may hold as they are (WHATWG URL code points); every other ASCII character is percent-encoded. */
const urlSafeAscii = /[A-Za-z0-9!$&'()*+,\-./:;=?@_~]/;

/**
 * A file as a `data:` address, for a link with the `download` attribute: the page carries its
 * reference files itself, so that no file is written per pledge, format and language (300,000
 * files at 100,000 pledges). Only what a URL may not hold as it is gets percent-encoded (spaces,
 * line ends, braces, %, #, quotes); letters beyond ASCII (French, Arabic) stay as they are, a
 * valid URL code point. Measured on the pledge and document pages (npm run build, 40 pledges): the
 * three files add 3.7 to 5.2 kB to a page's HTML and 0.7 to 0.9 kB once gzipped (brotli: 0.6 to
 * 0.7 kB); in base64 they added 1.9 to 2.2 kB gzipped, with every letter percent-encoded 0.8 to
 * 1.1 kB gzipped but up to twice the raw size.
 */
export function dataUri(download: Pick<CitationDownload, 'mediaType' | 'text'>): string {
  let body = '';
  for (const char of download.text) body += char.charCodeAt(0) >= 0x80 || urlSafeAscii.test(char) ? char : encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `data:${download.mediaType};charset=utf-8,${body}`;
}
