// Progressive enhancement (document pages): "Copy link" and "Cite this paragraph" beside each numbered
// paragraph and clause. Labels and the citation come from data attributes of the text, in the page's
// language; the citation is plain text ("{para}" and "{url}" are filled in). Without JavaScript each
// paragraph's number is a link to its own address.
const text = document.querySelector<HTMLElement>('[data-paragraph-tools]');
if (text && navigator.clipboard) {
  const { copyLink = '', citeParagraph = '', copied = '', citation = '' } = text.dataset;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  text.append(status);
  for (const number of text.querySelectorAll<HTMLAnchorElement>('a.para-num')) {
    const label = number.textContent ?? '';
    const tools = document.createElement('span');
    tools.className = 'para-tools';
    const add = (name: string, value: () => string) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      button.setAttribute('aria-label', `${name} ${label}`);
      button.addEventListener('click', () => {
        void navigator.clipboard.writeText(value()).then(() => (status.textContent = copied));
      });
      tools.append(button);
    };
    add(copyLink, () => number.href);
    add(citeParagraph, () => citation.replace('{para}', label).replace('{url}', number.href));
    number.parentElement?.append(tools);
  }
}
