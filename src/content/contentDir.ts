import path from 'node:path';

/**
 * Folder the content is read from: `content/` at the project root, or
 * `P2C_CONTENT_DIR` (the benchmark and the tests point it elsewhere).
 */
export function contentDir(): string {
  return path.resolve(process.env.P2C_CONTENT_DIR ?? 'content');
}

/** A path as editors see it in messages: relative to the project root. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}
