import { z } from 'zod';
import { listSeparator } from './pledgeCsv.ts';

/** A field of a Frictionless Table Schema (v2). */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'list';
  format?: 'uri';
  description?: string;
  constraints?: { required?: boolean; enum?: (string | number)[]; pattern?: string; minimum?: number; maximum?: number };
  /** For lists: what separates the items in a cell, and their type. */
  delimiter?: string;
  itemType?: 'string' | 'integer';
  /** For booleans: how the CSV writes them. */
  trueValues?: string[];
  falseValues?: string[];
}

/** A Frictionless Table Schema (v2) of a CSV file. */
export interface TableSchema {
  $schema: string;
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

interface JsonNode {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: (string | number)[];
  anyOf?: JsonNode[];
  items?: JsonNode;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
}

/**
 * A JSON Schema pattern as a Table Schema pattern: Table Schema patterns follow XML
 * Schema, which anchors the whole value itself and has no "(?:" groups.
 */
function xsdPattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?:/g, '(');
}

/** One field from the JSON Schema zod writes for it. */
function fieldOf(name: string, node: JsonNode): TableField {
  // zod writes a nullable value as `type: ["string", "null"]`, or as `anyOf` with `{ type: "null" }` when it has more to say.
  const nullable = (Array.isArray(node.type) && node.type.includes('null')) || (node.anyOf?.some((n) => n.type === 'null') ?? false);
  const found: JsonNode = node.anyOf?.find((n) => n.type !== 'null') ?? node;
  const value: JsonNode = Array.isArray(found.type) ? { ...found, type: found.type.find((t) => t !== 'null') } : found;
  const description = node.description ?? value.description;
  const constraints: NonNullable<TableField['constraints']> = {};
  const field: TableField = { name, type: 'string', ...(description ? { description } : {}) };
  if (value.type === 'array') {
    field.type = 'list';
    field.delimiter = listSeparator;
    field.itemType = value.items?.type === 'integer' ? 'integer' : 'string';
    // An empty list is an empty cell, that is a missing value: only a list that may not be empty is required.
    if ((value.minItems ?? 0) > 0) constraints.required = true;
  } else {
    if (!nullable) constraints.required = true;
    if (value.type === 'boolean') Object.assign(field, { type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
    else if (value.type === 'integer' || value.type === 'number') field.type = value.type;
    else if (value.format === 'date') field.type = 'date';
    else {
      if (value.format === 'uri') field.format = 'uri';
      if (value.enum) constraints.enum = value.enum;
      else if (value.pattern) constraints.pattern = xsdPattern(value.pattern);
    }
    if (value.minimum !== undefined && field.type !== 'string') constraints.minimum = value.minimum;
    if (value.maximum !== undefined && field.type !== 'string') constraints.maximum = value.maximum;
  }
  return Object.keys(constraints).length ? { ...field, constraints } : field;
}

/**
 * The Table Schema of a CSV written from a zod record schema: one field per column, in the
 * CSV's order, with its type, allowed values, pattern, whether it is required and its
 * description, all read from the zod schema. Columns the CSV derives itself (a count) are
 * given in `extra`.
 */
export function tableSchemaFromZod(
  schema: z.ZodObject,
  columns: readonly string[],
  options: { extra?: Record<string, Omit<TableField, 'name'>>; primaryKey?: string[]; foreignKeys?: TableSchema['foreignKeys'] } = {},
): TableSchema {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { properties: Record<string, JsonNode> };
  const fields = columns.map((name) => {
    const extra = options.extra?.[name];
    if (extra) return { name, ...extra };
    const node = json.properties[name];
    if (!node) throw new Error(`tableSchemaFromZod: column "${name}" is neither in the record schema nor given as extra`);
    return fieldOf(name, node);
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    missingValues: [''],
    ...(options.primaryKey ? { primaryKey: options.primaryKey } : {}),
    ...(options.foreignKeys ? { foreignKeys: options.foreignKeys } : {}),
  };
}
