import { csvParseRows } from 'd3';

/** One data row of a CSV file, with the line of the file it starts on. */
export interface CsvRow {
  /** Line the row starts on (the header is line 1). */
  line: number;
  /** Its cells, as written (quotes removed). */
  cells: string[];
}

/** A CSV file split into its header and its data rows. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Line breaks inside a quoted cell; d3 ends rows at \r\n, \n or a lone \r, and so does this count. */
const lineBreak = /\r\n|\r|\n/g;

/** Lines a row takes in the file: one, plus the line breaks inside its quoted cells. */
function linesUsed(cells: readonly string[]): number {
  return cells.reduce((lines, cell) => lines + (cell.match(lineBreak)?.length ?? 0), 1);
}

/**
 * Parses CSV text (RFC 4180, as d3 reads it) into a header and data rows,
 * each row knowing its line in the file. A leading byte-order mark is
 * dropped; blank lines are skipped but still counted.
 */
export function parseCsvTable(text: string): CsvTable {
  const [header = [], ...records] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const rows: CsvRow[] = [];
  let line = 1 + linesUsed(header);
  for (const cells of records) {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line, cells });
    line += linesUsed(cells);
  }
  return { header: header.map((name) => name.trim()), rows };
}
