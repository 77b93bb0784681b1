import { locales } from '../src/i18n/locales.ts';

/**
 * One redirect of the site. `from` and `to` are site paths; a segment `:name` is a placeholder
 * that matches one path segment and is copied into `to` (`:lang` matches only the site's
 * languages). Exact rules have no placeholder.
 */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  /** Why the address moved (comments of the generated files, messages). */
  reason: string;
}

const placeholder = /:([A-Za-z][A-Za-z0-9]*)/g;

/** Whether a rule has placeholders. */
export function isPattern(rule: Pick<RedirectRule, 'from'>): boolean {
  return /:[A-Za-z]/.test(rule.from);
}

/** Placeholder names of a pattern, in order. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(placeholder)].map((m) => m[1] ?? '');
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern as a regular expression source (anchored), with a named group per placeholder:
 * `:lang` matches a language of the site, any other placeholder one segment. `prefix` is put
 * before each group's name (nginx makes each named group a variable).
 */
export function patternSource(pattern: string, prefix = ''): string {
  const source = pattern
    .split(placeholder)
    .map((part, i) => {
      if (i % 2 === 0) return escapeRegex(part);
      const body = part === 'lang' ? locales.join('|') : '[^/]+';
      return `(?<${prefix}${part}>${body})`;
    })
    .join('');
  return `^${source}$`;
}

/** `to` with each placeholder replaced (by a value, or by a variable such as `$p2c_id`). */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(placeholder, (_, name: string) => values[name] ?? `:${name}`);
}

/** The rule that moves a site path, and where to: the first matching rule, as hosts apply them. */
export function findRedirect(sitePath: string, rules: readonly RedirectRule[]): { rule: RedirectRule; to: string } | undefined {
  for (const rule of rules) {
    if (!isPattern(rule)) {
      if (rule.from === sitePath) return { rule, to: rule.to };
      continue;
    }
    const match = new RegExp(patternSource(rule.from)).exec(sitePath);
    if (match) return { rule, to: fillPattern(rule.to, match.groups ?? {}) };
  }
  return undefined;
}

/** A rule with `:lang` replaced by each language (static hosts get one line per language). */
export function perLanguage(rule: RedirectRule): RedirectRule[] {
  if (!rule.from.includes(':lang')) return [rule];
  return locales.map((lang) => ({ ...rule, from: fillPattern(rule.from, { lang }), to: fillPattern(rule.to, { lang }) }));
}
