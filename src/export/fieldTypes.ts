import { z } from 'zod';
import { pledgeExportRecordSchema } from './pledgeExport.ts';

interface JsonSchemaNode {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  enum?: unknown[];
}

function describe(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(describe).join(' | ');
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.type === 'array') return `array<${node.items ? describe(node.items) : 'any'}>`;
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return node.type ?? 'object';
}

/** The JSON type of each field of the export, read from its generated JSON Schema ("string | null", "array<string>"). */
export function exportFieldTypes(): Record<string, string> {
  const schema = z.toJSONSchema(pledgeExportRecordSchema) as { properties: Record<string, JsonSchemaNode> };
  return Object.fromEntries(Object.entries(schema.properties).map(([name, node]) => [name, describe(node)]));
}
