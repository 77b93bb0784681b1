/**
 * Problems that make a text not well-formed XML: unbalanced or crossed tags, unquoted
 * attributes, stray "<" or "&". Enough to tell that a file an XML parser (a browser opening a
 * downloaded SVG, an editor importing it) will read; linkedom, which the tests use to query the
 * files, is lenient and reads anything.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const match of body.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole.startsWith('<!--')) continue;
    if (!name) {
      problems.push(`stray "${whole}" at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${match.index}`);
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (!/^<svg[\s>]/.test(body)) problems.push('the root is not <svg>');
  return problems;
}
