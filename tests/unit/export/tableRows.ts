import type { TableField, TableSchema } from '../../../src/export/tableSchema.ts';

/**
 * Checks the rows of a CSV against its Table Schema the way a Frictionless reader does:
 * missing values, required fields, types (boolean true/false values, integers, numbers,
 * ISO dates, lists and their items), allowed values and patterns, and the primary key.
 * Returns one message per problem ("row 3, field status: …").
 */
export function tableProblems(rows: readonly Record<string, string>[], schema: TableSchema): string[] {
  const problems: string[] = [];
  const missing = new Set(schema.missingValues);
  const keys = new Set<string>();
  rows.forEach((row, index) => {
    const at = (field: string, message: string) => problems.push(`row ${index + 1}, field ${field}: ${message}`);
    for (const field of schema.fields) {
      const cell = row[field.name];
      if (cell === undefined) {
        at(field.name, 'no such column');
        continue;
      }
      if (missing.has(cell)) {
        if (field.constraints?.required) at(field.name, 'required, but empty');
        continue;
      }
      const values = field.type === 'list' ? cell.split(field.delimiter ?? ',') : [cell];
      for (const value of values) {
        const problem = valueProblem(value, field);
        if (problem) at(field.name, `${problem} (got "${value}")`);
      }
    }
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((name) => row[name]).join('\u0000');
      if (keys.has(key)) at(schema.primaryKey.join(','), `primary key "${key}" repeated`);
      keys.add(key);
    }
  });
  return problems;
}

function valueProblem(value: string, field: TableField): string | undefined {
  const type = field.type === 'list' ? (field.itemType ?? 'string') : field.type;
  switch (type) {
    case 'boolean':
      if (![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value)) return 'not one of the true or false values';
      return undefined;
    case 'integer':
      if (!/^[+-]?\d+$/.test(value)) return 'not an integer';
      break;
    case 'number':
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) return 'not a number';
      break;
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return 'not a date (YYYY-MM-DD)';
      return undefined;
  }
  const c = field.constraints ?? {};
  if (field.type !== 'list') {
    if (c.enum && !c.enum.map(String).includes(value)) return `not an allowed value (${c.enum.join(', ')})`;
    if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return `does not match ${c.pattern}`;
    if (c.minimum !== undefined && Number(value) < c.minimum) return `below ${c.minimum}`;
    if (c.maximum !== undefined && Number(value) > c.maximum) return `above ${c.maximum}`;
  }
  if (field.format === 'uri' && !/^https?:\/\//.test(value)) return 'not an absolute address';
  return undefined;
}

/** Values of the foreign keys that find no row in the table they refer to. */
export function foreignKeyProblems(rows: readonly Record<string, string>[], schema: TableSchema, tables: Record<string, readonly Record<string, string>[]>): string[] {
  const problems: string[] = [];
  for (const key of schema.foreignKeys ?? []) {
    const target = tables[key.reference.resource];
    if (!target) {
      problems.push(`foreign key ${key.fields.join(',')}: no resource "${key.reference.resource}"`);
      continue;
    }
    const known = new Set(target.map((row) => key.reference.fields.map((f) => row[f]).join('\u0000')));
    rows.forEach((row, index) => {
      const value = key.fields.map((f) => row[f]).join('\u0000');
      if (!known.has(value)) problems.push(`row ${index + 1}: ${key.fields.join(',')} "${value}" is not in ${key.reference.resource}`);
    });
  }
  return problems;
}
