// Progressive enhancement (document pages): the language switcher keeps the address's #fragment, so
// that /en/documents/resolution-88/#resolves-2 switches to /fr/documents/resolution-88/#resolves-2.
// Without JavaScript the switcher still goes to the page.
const keepFragment = () => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[hreflang], [data-keep-fragment] a[hreflang]')) {
    const target = new URL(link.href);
    target.hash = location.hash;
    link.href = target.href;
  }
};
keepFragment();
addEventListener('hashchange', keepFragment);
