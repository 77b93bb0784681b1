import { listSeparator } from '../export/pledgeCsv.ts';

/*
 * Cells are text. These read them as the values the schema expects, and
 * leave anything unreadable as the text it is, so that the schema reports
 * it with what was written ("expected a number, got "12 000"").
 */

const numberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number cell: a decimal number, or the text as written. */
export function numberCell(cell: string | undefined): number | string | undefined {
  return cell !== undefined && numberPattern.test(cell) ? Number(cell) : cell;
}

/** A true/false cell, in any case (spreadsheets write TRUE): the boolean, or the text as written. */
export function booleanCell(cell: string | undefined): boolean | string | undefined {
  const lower = cell?.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : cell;
}

/** A list cell: values separated by the export's list separator, trimmed, empty ones dropped. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '').split(listSeparator).map((item) => item.trim()).filter((item) => item !== '');
}
