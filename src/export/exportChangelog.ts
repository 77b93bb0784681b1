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
    version: '2.0.0',
    date: '2026-11-29',
    changes: {
      en: 'Changes that can break a reuser’s code, so the files of format 1.0.0 stay at their addresses and the new files are under /data/v2/ (pledges.json, pledges.csv, pledges/{id}.json, pledges.schema.json, lists/…). targetsLdc, targetsLldc and targetsSids now say whether a country of implementation was in the group on the day the pledge was announced (in 1.0.0, by the lists in force when the file is built). The JSON file states the counting rule (field counting: a pledge naming several countries, regions, groups or focus areas is counted whole in each), the licence (licence) and how to credit the data (credit). The JSON Schema lists the allowed values of controlled fields. New: pledgers.csv, countries.csv and /data/datapackage.json (Frictionless Data Package v2), which describes every file.',
      fr: 'Modifications qui peuvent casser le code d’un réutilisateur : les fichiers du format 1.0.0 restent donc à leurs adresses et les nouveaux fichiers sont sous /data/v2/ (pledges.json, pledges.csv, pledges/{id}.json, pledges.schema.json, lists/…). targetsLdc, targetsLldc et targetsSids indiquent désormais si un pays de mise en œuvre faisait partie du groupe le jour de l’annonce de la promesse (dans le format 1.0.0, d’après les listes en vigueur lors de la génération du fichier). Le fichier JSON énonce la règle de comptage (champ counting : une promesse qui nomme plusieurs pays, régions, groupes ou domaines d’action est comptée entière dans chacun), la licence (licence) et la manière de citer les données (credit). Le schéma JSON énumère les valeurs autorisées des champs contrôlés. Nouveau : pledgers.csv, countries.csv et /data/datapackage.json (Frictionless Data Package v2), qui décrit chaque fichier.',
      ar: 'تغييرات قد تعطّل شفرة من يعيد استعمال البيانات، ولذلك تبقى ملفات الصيغة 1.0.0 في عناوينها وتوجد الملفات الجديدة تحت ‎/data/v2/‎ (pledges.json وpledges.csv وpledges/{id}.json وpledges.schema.json وlists/…). وأصبحت الحقول targetsLdc وtargetsLldc وtargetsSids تبيّن ما إذا كان أحد بلدان التنفيذ ضمن المجموعة يوم الإعلان عن التعهد (وفي الصيغة 1.0.0 وفق القوائم السارية عند إنشاء الملف). ويذكر ملف JSON قاعدة العدّ (الحقل counting: التعهد الذي يذكر عدة بلدان أو مناطق أو مجموعات أو مجالات تركيز يُحسب كاملاً في كل منها) والترخيص (licence) وكيفية ذكر مصدر البيانات (credit). ويسرد مخطط JSON Schema القيم المسموح بها للحقول المضبوطة. جديد: pledgers.csv وcountries.csv و‎/data/datapackage.json (Frictionless Data Package v2) الذي يصف كل ملف.',
    },
  },
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
