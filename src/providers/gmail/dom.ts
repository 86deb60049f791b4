// Small DOM helpers for the readers. Class tokens are read from the attribute:
// on every row and message this is much cheaper than `classList` or
// `closest()` (happy-dom, where the readers are tested and benchmarked,
// builds a token list on each access; browsers are fast either way).

export function hasClass(el: Element, token: string): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !cls.includes(token)) return false;
  return (' ' + cls.replace(/\s+/g, ' ') + ' ').includes(' ' + token + ' ');
}

/** The nearest of `el` and its ancestors (up to, not including, `stop`) with one of `tokens`. */
export function closestWithClass(el: Element, tokens: readonly string[], stop?: ParentNode | null): Element | null {
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
    if (tokens.some((t) => hasClass(n!, t))) return n;
  }
  return null;
}
