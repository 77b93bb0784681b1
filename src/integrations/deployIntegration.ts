import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fixtureAddresses, isBuilt, shadowingRedirects, unansweredAddresses } from '../../deploy/addressCheck.ts';
import { headersFile, headersRules } from '../../deploy/headersFile.ts';
import { contentTypeFor, hostingFiles, notFoundPages } from '../../deploy/hostingPolicy.ts';
import { nginxRedirects } from '../../deploy/nginxRedirects.ts';
import { redirectsFile } from '../../deploy/redirectsFile.ts';
import { robotsTxt } from '../../deploy/robotsTxt.ts';
import { siteRedirects } from '../../deploy/siteRedirects.ts';
import { manifestPath, webManifest } from '../../deploy/webManifest.ts';
import { contentDir } from '../content/contentDir.ts';
import { loadValidatedContent } from '../content/loadValidatedContent.ts';
import { locales } from '../i18n/locales.ts';

/**
 * Hosting files of the build, from deploy/ (the one source of headers and redirects):
 * dist/_headers and dist/_redirects for static hosts, dist/_nginx/redirects.conf for
 * deploy/nginx.conf, robots.txt and a web app manifest per language. Then it checks that every
 * address captured in tests/fixtures/addresses/ still answers with a built page or file or a
 * generated redirect to one, and fails the build naming those that do not.
 */
export function deployFiles(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'p2c-deploy',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:server:setup': ({ server }) => {
        // `astro dev` serves the manifests and robots.txt the build writes, so pages link to no 404.
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          const locale = locales.find((l) => manifestPath(l) === pathname);
          if (locale) {
            response.setHeader('content-type', contentTypeFor(pathname));
            response.end(webManifest(locale));
          } else if (pathname === '/robots.txt' && site) {
            response.setHeader('content-type', contentTypeFor(pathname));
            response.end(robotsTxt(site));
          } else next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('p2c-deploy: set `site` in astro.config.mjs; robots.txt needs the sitemap\'s absolute address.');
        const out = fileURLToPath(dir);
        const write = (sitePath: string, text: string) => {
          const file = path.join(out, sitePath);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, text);
        };

        const rules = siteRedirects(loadValidatedContent());
        const folders = readdirSync(out, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
        write(hostingFiles.headers, headersFile(headersRules(folders)));
        write(hostingFiles.redirects, redirectsFile(rules, locales.filter((lang) => isBuilt(out, notFoundPages[lang]))));
        write(hostingFiles.nginxRedirects, nginxRedirects(rules));
        write('/robots.txt', robotsTxt(site));
        for (const locale of locales) write(manifestPath(locale), webManifest(locale));

        const problems = shadowingRedirects(out, rules);
        // The captured addresses belong to the shipped content; a build of other content (the
        // benchmark's, a test's) has other addresses.
        const shipped = contentDir() === path.resolve('content') && existsSync(path.resolve('content'));
        const addresses = shipped ? fixtureAddresses() : [];
        problems.push(...unansweredAddresses(out, addresses, rules));
        if (problems.length > 0) {
          throw new Error(
            `p2c-deploy: ${problems.length} published address(es) would break. Build the page again, or give the entry its former id (formerIds) so that a redirect is generated:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
        }
        logger.info(`_headers, _redirects (${rules.length} rules), robots.txt, manifests; ${shipped ? `all ${addresses.length} captured addresses answer` : 'captured addresses not checked (not the shipped content)'}`);
      },
    },
  };
}
