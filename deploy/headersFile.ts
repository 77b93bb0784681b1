import {
  classHeaders,
  contentTypeFor,
  feedFileName,
  folders,
  pathClasses,
  type PathClass,
} from './hostingPolicy.ts';

/** One rule of a _headers file: a path pattern and the headers it adds. */
export interface HeadersRule {
  /** Path pattern: `*` matches anything (slashes too), `:name` one segment. */
  pattern: string;
  headers: [string, string][];
  /** Comment written above the rule. */
  comment: string;
}

/** Extensions whose Content-Type static hosts may not know or send without a charset. */
const typedExtensions = ['csv', 'webmanifest', 'pf_meta', 'pf_index', 'pf_fragment', 'pagefind'] as const;

const without = (headers: [string, string][], names: Set<string>) => headers.filter(([name]) => !names.has(name));

/**
 * The rules of dist/_headers for static hosts (Netlify, Cloudflare Pages), from the same policy as
 * deploy/nginx.conf. Hosts add the headers of EVERY rule that matches a path, and join two values
 * of one header with a comma; so the rules are written so that no two rules matching one path set
 * the same header: `/*` carries the headers all paths share, and each top-level part of the site
 * (`/`, a top-level file, each folder) the rest of its class. Feeds sit inside the language
 * folders: their rule adds only what pages do not set (a test checks every built path).
 *
 * @param folderNames top-level folders of the build (languages, _astro, data, pagefind …).
 */
export function headersRules(folderNames: readonly string[]): HeadersRule[] {
  const all = (Object.keys(pathClasses) as PathClass[]).map((c) => classHeaders(c, { https: true }));
  // Headers with one value for every class: written once, for every path.
  const shared = all[0]!.filter(([name, value]) => all.every((headers) => headers.some(([n, v]) => n === name && v === value)));
  const sharedNames = new Set(shared.map(([name]) => name));
  const own = (pathClass: PathClass) => without(classHeaders(pathClass, { https: true }), sharedNames);
  const special: Record<string, PathClass> = {
    [folders.hashedAssets]: 'hashedAsset',
    [folders.searchIndex]: 'searchIndex',
    [folders.openData]: 'openData',
  };
  const folderPaths = [...new Set([...folderNames.map((name) => `/${name}/`), ...Object.keys(special)])].sort();

  const pageNames = new Set(own('page').map(([name]) => name));
  const feedExtra = own('feed').filter(([name, value]) => !own('page').some(([n, v]) => n === name && v === value));
  const clash = feedExtra.filter(([name]) => pageNames.has(name));
  if (clash.length > 0) {
    throw new Error(`_headers cannot give feeds a ${clash.map(([n]) => n).join(', ')} other than the pages around them (hosts would join the two values): change deploy/hostingPolicy.ts`);
  }

  const rules: HeadersRule[] = [
    { pattern: '/*', headers: shared, comment: 'Every response' },
    { pattern: '/', headers: own('languageChooser'), comment: pathClasses.languageChooser.description },
    { pattern: '/:file', headers: own('page'), comment: 'top-level files (404.html, icons, robots.txt, sitemaps …)' },
    ...folderPaths.map((folder) => {
      const pathClass = special[folder] ?? 'page';
      return { pattern: `${folder}*`, headers: own(pathClass), comment: pathClasses[pathClass].description };
    }),
    {
      pattern: `/*/${feedFileName}`,
      headers: [...feedExtra, ['Content-Type', contentTypeFor(`/x/${feedFileName}`)]],
      comment: `${pathClasses.feed.description} (what pages do not have)`,
    },
    ...typedExtensions.map((ext) => ({ pattern: `/*.${ext}`, headers: [['Content-Type', contentTypeFor(`/x.${ext}`)]] as [string, string][], comment: `.${ext} files` })),
  ];
  return rules;
}

/** The text of dist/_headers. */
export function headersFile(rules: readonly HeadersRule[]): string {
  const blocks = rules.map((rule) => [`# ${rule.comment}`, rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return [
    '# HTTP headers for static hosts (Netlify, Cloudflare Pages), written by the build from deploy/hostingPolicy.ts;',
    '# nginx gets the same from deploy/nginx.conf. Do not edit: change the policy and build again.',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** Whether a _headers pattern matches a site path (`*` anything, `:name` one segment; as Cloudflare Pages reads them). */
export function headersPatternMatches(pattern: string, sitePath: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(sitePath);
}
