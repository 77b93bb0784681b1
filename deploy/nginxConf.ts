import { locales } from '../src/i18n/locales.ts';
import {
  charsetTypes,
  classHeaders,
  compressedTypes,
  compressMinLength,
  contentTypes,
  defaultType,
  feedFileName,
  feedType,
  folders,
  hostingFiles,
  languageRedirect,
  movedStatus,
  notFoundPages,
  pathClasses,
  type PathClass,
} from './hostingPolicy.ts';
import { fillPattern, isPattern, patternSource, placeholders, type RedirectRule } from './redirectRules.ts';

/** What differs between one nginx server and another; the rest comes from hostingPolicy.ts. */
export interface NginxParams {
  /** Host name of the site (server_name). */
  serverName: string;
  /** Folder served: a build's dist/ (e.g. a symlink to the current release). */
  root: string;
  /** `listen` values of the plain-HTTP server, which only redirects to HTTPS. */
  listenHttp: string[];
  /** `listen` addresses of the HTTPS server (`ssl http2` is added). */
  listenHttps: string[];
  /** Port of the HTTPS server in redirects to it (443 is left out of addresses). */
  httpsPort: number;
  /** TLS certificate chain and key (PEM). */
  certificate: string;
  certificateKey: string;
  /** Access log file (written in the p2c_privacy format: no query strings). */
  accessLog: string;
  /** Whether nginx has the brotli filter module (Debian: libnginx-mod-http-brotli-filter). */
  brotli: boolean;
}

const indent = (lines: string[], depth = 1) => lines.map((line) => (line ? `${'  '.repeat(depth)}${line}` : line));

/** A string as an nginx quoted string. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`nginx value needs escaping, which deploy/nginxConf.ts does not do: ${value}`);
  return `"${value}"`;
}

/** A regular expression as an nginx quoted string (regexes are not searched for variables). */
function quotedRegex(source: string): string {
  if (/["\n]|\\\\/.test(source)) throw new Error(`nginx regex needs escaping, which deploy/nginxConf.ts does not do: ${source}`);
  return `"${source}"`;
}

/** The map from the request's path ($uri) to its class (hostingPolicy.classOf, as nginx regexes). */
function classMap(): string[] {
  const regexFor: Record<Exclude<PathClass, 'page'>, string> = {
    languageChooser: '',
    hashedAsset: `~^${folders.hashedAssets}`,
    searchIndex: `~^${folders.searchIndex}`,
    openData: `~^${folders.openData}`,
    feed: `~/${feedFileName.replace('.', '\\.')}$`,
  };
  return [
    'map $uri $p2c_class {',
    ...indent([
      'default page;',
      '/ languageChooser;',
      ...(['hashedAsset', 'searchIndex', 'openData', 'feed'] as const).map((c) => `${quotedRegex(regexFor[c])} ${c};`),
    ]),
    '}',
  ];
}

/** A map from the class to the value of one header (an empty value: the header is not sent). */
function headerMap(variable: string, valueOf: (pathClass: PathClass) => string): string[] {
  const classes = Object.keys(pathClasses) as PathClass[];
  const fallback = valueOf('page');
  return [
    `map $p2c_class ${variable} {`,
    ...indent([`default ${quoted(fallback)};`, ...classes.filter((c) => valueOf(c) !== fallback).map((c) => `${c} ${quoted(valueOf(c))};`)]),
    '}',
  ];
}

/** The headers of hostingPolicy.classHeaders, with the values that differ between classes as variables. */
function headerLines(): { maps: string[]; lines: string[] } {
  const byClass = Object.fromEntries(
    (Object.keys(pathClasses) as PathClass[]).map((c) => [c, new Map(classHeaders(c, { https: true }))]),
  ) as Record<PathClass, Map<string, string>>;
  const names = [...new Set(Object.values(byClass).flatMap((headers) => [...headers.keys()]))];
  const maps: string[] = [];
  const lines: string[] = [];
  for (const name of names) {
    const values = new Set(Object.values(byClass).map((headers) => headers.get(name) ?? ''));
    if (values.size === 1) {
      lines.push(`add_header ${name} ${quoted([...values][0]!)} always;`);
      continue;
    }
    const variable = `$p2c_header_${name.toLowerCase().replace(/-/g, '_')}`;
    maps.push(...headerMap(variable, (c) => byClass[c].get(name) ?? ''));
    lines.push(`add_header ${name} ${variable} always;`);
  }
  return { maps, lines };
}

/** The types block: every extension of hostingPolicy.contentTypes, grouped by type. */
function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(contentTypes)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return ['types {', ...indent([...byType].map(([type, exts]) => `${type} ${exts.join(' ')};`)), '}', `default_type ${defaultType};`];
}

/** A location block. */
function location(match: string, body: string[]): string[] {
  return [`location ${match} {`, ...indent(body), '}'];
}

/** nginx regex for a language tag at the start of an Accept-Language item, case-insensitive. */
function acceptLanguageRegex(): string {
  return `~*^(?:[^,]*,)*?\\s*(?<p2c_tag>${locales.join('|')})(?:[-_;,\\s]|$)`;
}

/** Map entries for the pattern rules (page 1 of each list): a regex and the address it moves to. */
function patternEntries(rules: readonly RedirectRule[]): string[] {
  return rules.flatMap((rule) => {
    const variables = Object.fromEntries(placeholders(rule.from).map((name) => [name, `$p2c_${name}`]));
    return [`# ${rule.reason}: ${rule.from} → ${rule.to}`, `${quotedRegex(`~${patternSource(rule.from, 'p2c_')}`)} ${fillPattern(rule.to, variables)};`];
  });
}

/**
 * The site's nginx configuration (http context: a file for /etc/nginx/conf.d/), generated from
 * hostingPolicy.ts. Headers are set once, for the whole server, with the values that depend on
 * the path (caching, cross-origin rules) taken from maps of the path's class: no location sets
 * headers of its own, so none loses them (add_header in a location drops the server's).
 * Exact redirects (renamed entries) are included from the build, <root>/_nginx/redirects.conf
 * (nginxRedirects.ts); the patterns (page 1 of each list) are written here.
 */
export function nginxConf(params: NginxParams, patternRules: readonly RedirectRule[]): string {
  for (const rule of patternRules) if (!isPattern(rule)) throw new Error(`nginxConf: ${rule.from} is an exact redirect; exact redirects go in the build's redirects.conf`);
  for (const rule of patternRules) if (rule.status !== movedStatus) throw new Error(`nginxConf: ${rule.from} redirects with ${rule.status}; nginx sends every moved address with ${movedStatus}`);
  const httpsAuthority = params.httpsPort === 443 ? '$host' : `$host:${params.httpsPort}`;
  const compressed = compressedTypes.filter((type) => type !== 'text/html').join(' ');
  const charsets = charsetTypes.filter((type) => type !== 'text/html').join(' ');
  const root = params.root.replace(/\/+$/, '');
  const headers = headerLines();

  const languageBlocks = locales.flatMap((lang) => [
    ...location(`/${lang}/`, [
      `error_page 404 ${notFoundPages[lang]};`,
      ...location(`~ /${feedFileName.replace('.', '\\.')}$`, [`types { ${feedType} xml; }`]),
    ]),
    ...location(`= ${notFoundPages[lang]}`, [`try_files \${uri}index.html ${notFoundPages.root};`]),
  ]);

  const lines = [
    '# Partner2Connect website: nginx configuration (http context, e.g. /etc/nginx/conf.d/partner2connect.conf).',
    '# GENERATED from deploy/hostingPolicy.ts by `npm run deploy:nginx`: do not edit by hand (a unit test',
    '# fails when this file differs from what the generator makes). The same headers and redirects go to',
    "# static hosts in the build's dist/_headers and dist/_redirects.",
    `# Serves the build (dist/) from ${root}; after each deployment or rollback: nginx -t && nginx -s reload`,
    `# (the redirects of renamed entries are read from the build, in ${hostingFiles.nginxRedirects.slice(1)}).`,
    '',
    '# Access log without query strings (searches stay private) or referrers, and with the last part of',
    '# the address masked (IPv4 /24, IPv6 /48).',
    'map $request_uri $p2c_path {',
    ...indent(['default "-";', '"~^(?<p2c_request_path>[^?]*)" $p2c_request_path;']),
    '}',
    'map $remote_addr $p2c_client {',
    ...indent(['default "-";', '"~^(?<p2c_ipv4>\\d+\\.\\d+\\.\\d+)\\.\\d+$" "${p2c_ipv4}.0";', '"~^(?<p2c_ipv6>[0-9A-Fa-f]*:[0-9A-Fa-f]*:[0-9A-Fa-f]*)" "${p2c_ipv6}::";']),
    '}',
    `log_format p2c_privacy '$p2c_client - - [$time_local] "$request_method $p2c_path $server_protocol" $status $body_bytes_sent "-" "$http_user_agent"';`,
    '',
    `# "/": the first of the reader's languages (Accept-Language, in the order listed) that the site has; ${languageRedirect.defaultLocale} otherwise.`,
    'map $http_accept_language $p2c_accepted {',
    ...indent(['default "";', `${quotedRegex(acceptLanguageRegex())} $p2c_tag;`]),
    '}',
    'map $p2c_accepted $p2c_language {',
    ...indent([`default ${languageRedirect.defaultLocale};`, ...locales.filter((l) => l !== languageRedirect.defaultLocale).map((l) => `~*^${l}$ ${l};`)]),
    '}',
    '',
    '# Headers by class of path (deploy/hostingPolicy.ts: pathClasses).',
    ...classMap(),
    ...headers.maps,
    '',
    `# Moved addresses (${movedStatus}): page 1 of each list (renamed entries are in the build's ${hostingFiles.nginxRedirects}).`,
    'map $uri $p2c_moved_to {',
    ...indent(['default "";', ...patternEntries(patternRules)]),
    '}',
    '',
    '# Plain HTTP: everything to HTTPS on the same host.',
    'server {',
    ...indent([
      ...params.listenHttp.map((listen) => `listen ${listen};`),
      `server_name ${params.serverName};`,
      'server_tokens off;',
      `access_log ${params.accessLog} p2c_privacy;`,
      'log_not_found off;',
      ...location('/', [`return ${movedStatus} https://${httpsAuthority}$request_uri;`]),
    ]),
    '}',
    '',
    'server {',
    ...indent([
      ...params.listenHttps.map((listen) => `listen ${listen} ssl http2;`),
      `server_name ${params.serverName};`,
      `ssl_certificate ${params.certificate};`,
      `ssl_certificate_key ${params.certificateKey};`,
      'ssl_protocols TLSv1.2 TLSv1.3;',
      'ssl_session_cache shared:p2c_tls:10m;',
      'ssl_session_tickets off;',
      '',
      `root ${root};`,
      'index index.html;',
      'server_tokens off;',
      '# Redirects keep the scheme, host and port the reader used (Location: /en/).',
      'absolute_redirect off;',
      `access_log ${params.accessLog} p2c_privacy;`,
      '# Missing files are 404 responses, not error-log lines (which would hold the query string).',
      'log_not_found off;',
      'sendfile on;',
      'tcp_nopush on;',
      '',
      ...typesBlock(),
      'charset utf-8;',
      `charset_types ${charsets};`,
      '',
      'gzip on;',
      'gzip_vary on;',
      'gzip_comp_level 6;',
      `gzip_min_length ${compressMinLength};`,
      `gzip_types ${compressed};`,
      ...(params.brotli ? ['brotli on;', 'brotli_comp_level 5;', `brotli_min_length ${compressMinLength};`, `brotli_types ${compressed};`] : ['# brotli: off (generated without the brotli module)']),
      '',
      '# Every response carries these (`always`: errors and redirects too). No location below sets a header.',
      ...headers.lines,
      '',
      `error_page 404 ${notFoundPages.root};`,
      `if ($p2c_moved_to) { return ${movedStatus} $p2c_moved_to; }`,
      '# Renamed entries: an exact location per former address, written by the build.',
      `include ${root}${hostingFiles.nginxRedirects};`,
      '',
      ...location('= /', [`return ${languageRedirect.status} /$p2c_language/;`]),
      `# Each language has its own 404 page (the root one while a language's is not built); feeds are Atom.`,
      ...languageBlocks,
      '# Files that configure hosting are not pages.',
      ...location(`^~ ${hostingFiles.nginxRedirects.slice(0, hostingFiles.nginxRedirects.lastIndexOf('/') + 1)}`, ['return 404;']),
      ...location(`= ${hostingFiles.headers}`, ['return 404;']),
      ...location(`= ${hostingFiles.redirects}`, ['return 404;']),
    ]),
    '}',
    '',
  ];
  return lines.join('\n');
}

/** The parameters of the committed deploy/nginx.conf: a Debian server with the site at /srv/partner2connect/current. */
export function productionParams(siteUrl: string): NginxParams {
  return {
    serverName: new URL(siteUrl).hostname,
    root: '/srv/partner2connect/current',
    listenHttp: ['80', '[::]:80'],
    listenHttps: ['443', '[::]:443'],
    httpsPort: 443,
    certificate: '/etc/ssl/partner2connect/fullchain.pem',
    certificateKey: '/etc/ssl/partner2connect/privkey.pem',
    accessLog: '/var/log/nginx/partner2connect.access.log',
    brotli: true,
  };
}
