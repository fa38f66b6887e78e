/**
 * The language that applies to an element: its own `lang`, else the closest ancestor's (crossing shadow roots),
 * else the document's, else English.
 */
export function resolveLang(el: Element): string {
  // On a server (Lit's SSR) there is no DOM to climb: only the element's own attribute counts.
  if (typeof Element === 'undefined') return el.getAttribute?.('lang') || 'en';
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return el.ownerDocument?.documentElement.lang || 'en';
}

/** The first locale in `available` that serves `lang` (en-GB is served by en), else the first available. */
export function pickLocale<T extends string>(lang: string, available: readonly T[]): T {
  const wanted = lang.toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return available.find((l) => l.toLowerCase().split('-')[0] === base) ?? available[0]!;
}

