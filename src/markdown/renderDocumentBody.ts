import { defineHastPlugin, defineMdastPlugin, markdownToHtml } from 'satteri';
import { alignmentClass, allowedElements, allowedProperties, refusedImage, refusedLink } from './bodyAllowlist.ts';

/** A heading of a document body, for its table of contents. */
export interface BodyHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** A problem in a document's Markdown, with the line it is on. */
export interface BodyProblem {
  line: number | undefined;
  message: string;
}

/** Localized words the renderer writes into the HTML. */
export interface BodyStrings {
  /** Heading of the footnotes section. */
  footnotes: string;
  /** Accessible name of a footnote's link back to its reference; `{reference}` is the number. */
  backToReference: string;
  /** Said after the text of a link the source printed without an address. */
  linkNotAvailable: string;
}

/** What rendering a body yields. */
export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
  /** Every stable anchor of the body (headings and numbered paragraphs), in order. */
  anchors: string[];
  /** Number of footnotes. */
  footnotes: number;
  problems: BodyProblem[];
}

/** A problem found in the source, to be placed on the first line that shows `found`. */
interface Located extends BodyProblem {
  found?: string;
}

/** Shows what was found in a message, on one line and short. */
function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line);
}

/** The styled blocks a document may use, besides numbered paragraphs. */
export const blockNames = ['addressees', 'contact', 'signature', 'summary'] as const;

const anchorPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Renders the Markdown body of one language version of a document to HTML,
 * with numbered paragraphs, styled blocks, localized footnotes and unlinked
 * link texts (see content/documents/README.md for the syntax).
 */
export function renderDocumentBody(markdown: string, strings: BodyStrings, options: { externalLanguage?: string } = {}): RenderedBody {
  const problems: Located[] = [];
  const headings: BodyHeading[] = [];
  const anchors: string[] = [];
  const addAnchor = (id: string, line: number | undefined) => {
    if (anchors.includes(id)) problems.push({ line, message: `the anchor #${id} is used twice` });
    anchors.push(id);
  };

  const directives = defineMdastPlugin({
    name: 'p2c-document-directives',
    containerDirective(node, ctx) {
      const line = node.position?.start.line;
      const attributes = node.attributes ?? {};
      if (node.name === 'para') {
        const id = attributes.id ?? '';
        const label = attributes.label ?? '';
        if (!anchorPattern.test(id)) problems.push({ line, message: `":::para" needs an anchor such as {#para-2-1}, got "${id}"` });
        addAnchor(id, line);
        // A clause the source prints without a number keeps its anchor but shows no label.
        if (label) {
          ctx.prependChild(node, {
            type: 'link',
            url: `#${id}`,
            children: [{ type: 'text', value: label }],
            data: { hProperties: { className: ['para-num'] } },
          });
        }
        ctx.setProperty(node, 'data', { hName: 'div', hProperties: { id, className: ['para'] } });
        return;
      }
      if ((blockNames as readonly string[]).includes(node.name)) {
        ctx.setProperty(node, 'data', { hName: 'div', hProperties: { className: ['doc-block', `doc-block-${node.name}`] } });
        return;
      }
      problems.push({ line, message: `unknown block ":::${node.name}" (expected one of: para, ${blockNames.join(', ')})` });
    },
    leafDirective(node) {
      problems.push({ line: node.position?.start.line, message: `unknown directive "::${node.name}"` });
    },
    textDirective(node, ctx) {
      if (node.name === 'nolink') {
        ctx.appendChild(node, {
          type: 'emphasis',
          children: [{ type: 'text', value: ` (${strings.linkNotAvailable})` }],
          data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
        });
        ctx.setProperty(node, 'data', { hName: 'span', hProperties: { className: ['nolink'] } });
        return;
      }
      problems.push({ line: node.position?.start.line, message: `unknown inline directive ":${node.name}" (expected :nolink[text])` });
    },
    html(node, ctx) {
      // Raw HTML is never passed through: the check names it, and the page never contains it.
      problems.push({ line: node.position?.start.line, found: node.value, message: `Markdown instead of raw HTML (content/documents/README.md lists what a body may use), got ${shown(node.value)}` });
      ctx.removeNode(node);
    },
    image(node, ctx) {
      const refused = refusedImage(node.url);
      if (refused) {
        problems.push({ line: node.position?.start.line, found: node.url, message: `${refused}, got ${shown(node.url)}` });
        ctx.removeNode(node);
      }
    },
    link(node, ctx) {
      const refused = node.url === '#' || node.url === '' ? undefined : refusedLink(node.url);
      if (node.url === '#' || node.url === '') {
        problems.push({ line: node.position?.start.line, message: 'a link without an address: write :nolink[text] instead of [text](#)' });
      } else if (refused) {
        problems.push({ line: node.position?.start.line, found: node.url, message: `${refused}, got ${shown(node.url)}` });
        ctx.replaceNode(node, node.children);
      } else if (/^https?:/.test(node.url)) {
        // A link out of the site says where it goes: rel=external, and the language of the page it
        // most likely reaches (that of the document's original text).
        ctx.setProperty(node, 'data', { hProperties: { rel: 'external', ...(options.externalLanguage ? { hreflang: options.externalLanguage } : {}) } });
      }
    },
    text(node) {
      if (/\[footnoteRef:|\[\d+:\s/.test(node.value)) {
        problems.push({ line: node.position?.start.line, message: 'a Word footnote artefact: write text[^1] and [^1]: note' });
      }
    },
  });

  const collect = defineHastPlugin({
    name: 'p2c-document-headings',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = typeof node.properties?.id === 'string' ? node.properties.id : '';
        if (id === 'footnote-label') {
          ctx.setProperty(node, 'className', ['footnotes-title']);
          return;
        }
        const depth = node.tagName === 'h2' ? 2 : 3;
        if (!anchorPattern.test(id)) {
          problems.push({ line: node.position?.start.line, message: `heading "${ctx.textContent(node)}" needs an anchor such as {#sec-1}` });
        }
        headings.push({ depth, id, text: ctx.textContent(node).trim() });
        addAnchor(id, node.position?.start.line);
      },
    },
  });

  // Every element and attribute of the result is on the allowlist (bodyAllowlist.ts); what is not is
  // reported and dropped. GFM tables' alignment becomes a class: a strict CSP forbids style="".
  const allowlist = defineHastPlugin({
    name: 'p2c-document-allowlist',
    element: {
      filter: [],
      visit(node, ctx) {
        if (!allowedElements.has(node.tagName)) {
          // A heading level the syntax makes from "#": found by its marker in the source.
          const level = /^h([1-6])$/.exec(node.tagName)?.[1];
          const found = level ? `${'#'.repeat(Number(level))} ` : `<${node.tagName}`;
          const why = node.tagName === 'h1' ? 'headings from ## down (the page prints the title as its only h1)' : 'only the elements our Markdown syntax produces';
          problems.push({ line: node.position?.start.line, found, message: `${why}, got <${node.tagName}>` });
          ctx.removeNode(node);
          return;
        }
        for (const [name, value] of Object.entries(node.properties ?? {})) {
          if (name === 'style' && (node.tagName === 'th' || node.tagName === 'td')) {
            const align = alignmentClass(String(value));
            ctx.setProperty(node, 'style', undefined);
            if (align) ctx.setProperty(node, 'className', [align]);
            continue;
          }
          if (!allowedProperties.has(name)) {
            problems.push({ line: node.position?.start.line, found: name, message: `only the attributes our Markdown syntax produces, got "${name}" on <${node.tagName}>` });
            ctx.setProperty(node, name, undefined);
          }
        }
      },
    },
  });

  const { html } = markdownToHtml(markdown, {
    features: {
      directive: true,
      headingAttributes: true,
      smartPunctuation: false,
      gfm: { footnotes: { label: strings.footnotes, backLabel: strings.backToReference } },
    },
    mdastPlugins: [directives],
    hastPlugins: [collect, allowlist],
  });

  // Some nodes carry no position: place their problems on the first line of the source that shows them
  // (each line once, so that two identical problems name two lines).
  const sourceLines = markdown.split('\n');
  const used = new Set<number>();
  for (const problem of problems) {
    if (problem.line !== undefined) continue;
    const marker = problem.message.includes('[text](#)') ? '](#)' : problem.found?.split('\n')[0];
    if (!marker) continue;
    const index = sourceLines.findIndex((line, i) => !used.has(i) && line.includes(marker));
    const found = index >= 0 ? index : sourceLines.findIndex((line) => line.includes(marker));
    if (found >= 0) {
      problem.line = found + 1;
      used.add(found);
    }
  }
  const footnotes = (html.match(/<li id="user-content-fn-/g) ?? []).length;
  return { html, headings, anchors, footnotes, problems: problems.map(({ line, message }) => ({ line, message })) };
}
