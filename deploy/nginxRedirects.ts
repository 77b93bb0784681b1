import { isPattern, type RedirectRule } from './redirectRules.ts';

/**
 * The build's _nginx/redirects.conf: the exact redirects (renamed entries) as exact-match
 * locations, included in the HTTPS server of deploy/nginx.conf (they set no header, so they keep
 * the server's). Patterns are in nginx.conf itself.
 */
export function nginxRedirects(rules: readonly RedirectRule[]): string {
  const exact = rules.filter((rule) => !isPattern(rule));
  for (const rule of exact) {
    if (!/^\/[A-Za-z0-9._~%/-]*$/.test(rule.from) || !/^\/[A-Za-z0-9._~%/-]*$/.test(rule.to)) {
      throw new Error(`A redirect nginx cannot take as written (only letters, digits and . _ ~ % / - in addresses): ${rule.from} → ${rule.to}`);
    }
  }
  return [
    '# Written by the build from deploy/siteRedirects.ts; included by deploy/nginx.conf. Do not edit.',
    ...exact.map((rule) => `location = ${rule.from} { return ${rule.status} ${rule.to}; } # ${rule.reason}`),
    '',
  ].join('\n');
}
