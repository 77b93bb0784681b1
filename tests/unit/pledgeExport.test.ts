import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { buildSiteModel } from '../../src/model/siteModel.ts';
import { exportFile, pledgeExportFileSchema, pledgeExportRecordSchema } from '../../src/export/pledgeExport.ts';
import { csvColumns, pledgesToCsv } from '../../src/export/pledgeCsv.ts';
import { fieldDictionary } from '../../src/export/fieldDictionary.ts';

const model = buildSiteModel(checkContent().content!, '2026-11-23');
const file = exportFile(model, new URL('https://example.org/'));

describe('the open-data export', () => {
  it('matches its own schema and carries a schema version and the illustrative notice', () => {
    expect(() => pledgeExportFileSchema.parse(file)).not.toThrow();
    expect(file.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(file.notice).toMatch(/ILLUSTRATIVE/);
    expect(file.count).toBe(model.pledges.length);
  });

  it('writes one CSV row per pledge with the same values as the JSON', () => {
    const rows = csvParse(pledgesToCsv(file.pledges).replace(/^\uFEFF/, ''));
    expect(rows.columns).toEqual([...csvColumns]);
    expect(rows).toHaveLength(file.pledges.length);
    rows.forEach((row, index) => {
      const record = file.pledges[index]!;
      expect(row.id).toBe(record.id);
      expect(row.valueUsd === '' ? null : Number(row.valueUsd)).toBe(record.valueUsd);
      expect(row.countries).toBe(record.countries.join(';'));
      expect(row.status).toBe(record.status);
      expect(row.illustrative).toBe(String(record.illustrative));
    });
  });

  it('describes every exported field in the data dictionary, in three languages', () => {
    expect(Object.keys(fieldDictionary).sort()).toEqual(Object.keys(pledgeExportRecordSchema.shape).sort());
    for (const entry of Object.values(fieldDictionary)) expect(Object.keys(entry.meaning).sort()).toEqual(['ar', 'en', 'fr']);
  });

  it('generates a JSON Schema from the zod schema', () => {
    const schema = z.toJSONSchema(pledgeExportFileSchema) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'generated', 'notice', 'licence', 'credit', 'counting', 'count', 'pledges']);
  });
});
