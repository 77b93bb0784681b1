import type { Labels } from '../schemas/common.ts';

/** A released version of the export format, with what changed. */
export interface ExportRelease {
  version: string;
  date: string;
  changes: Labels;
}

/** The changelog of the data format, newest first. Add an entry with every change to the export. */
export const exportChangelog: ExportRelease[] = [
  {
    version: '1.0.0',
    date: '2026-11-23',
    changes: {
      en: 'First published version: /data/pledges.json, /data/pledges.csv, one JSON file per pledge and the JSON Schema of the export.',
      fr: 'Première version publiée : /data/pledges.json, /data/pledges.csv, un fichier JSON par promesse et le schéma JSON de l’export.',
      ar: 'أول إصدار منشور: ‎/data/pledges.json و‎/data/pledges.csv وملف JSON لكل تعهد ومخطط JSON Schema للملفات المصدّرة.',
    },
  },
];
