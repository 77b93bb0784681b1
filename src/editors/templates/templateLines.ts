/** Helpers shared by the entry templates of `npm run new`. */

/** Marks a line an editor must fill in; `npm run new` lists every line that carries it. */
export const todo = 'TODO';

/** A YAML line with a comment aligned after it. */
export function commented(line: string, comment: string): string {
  return `${line.padEnd(31)} # ${comment}`;
}

/** A text as a YAML double-quoted scalar (any text, any script). */
export function yamlText(text: string): string {
  return JSON.stringify(text);
}

/** A list of values written "a, b, c or d". */
export function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
