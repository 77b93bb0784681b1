/**
 * A UI string cut around one element it names: the text before and after `{name}`, so that a page
 * can put a code or a link there in its own direction (`"illustrative": true` inside Arabic text).
 */
export function aroundElement(text: (params: Record<string, string>) => string, name: string): [before: string, after: string] {
  const marker = '\u0000';
  const [before = '', after = ''] = text({ [name]: marker }).split(marker);
  return [before, after];
}
