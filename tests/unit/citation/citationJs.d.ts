// Types for the parts of citation-js the tests use (the packages ship none).
declare module '@citation-js/core' {
  /** A parsed bibliography: `data` holds CSL-JSON items. */
  export class Cite {
    constructor(input: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
