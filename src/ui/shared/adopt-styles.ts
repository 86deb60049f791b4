// Puts style text into a shadow root or document. Constructed style sheets
// first: a mail page's Content-Security-Policy may refuse inline <style>
// elements, but it does not govern sheets built from script.
export function adoptStyles(target: ShadowRoot | Document, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Older engines (and some test DOMs): fall back to a <style> element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  if (target instanceof Document) target.head.append(style);
  else target.append(style);
}

/**
 * A style sheet in `root` whose text can be replaced at any time: for rules
 * that change (the sidebar's box), kept inside the shadow root so that
 * nothing about them shows on the host element the page can observe.
 */
export function liveStyle(root: ShadowRoot): (css: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return (css) => sheet.replaceSync(css);
  } catch {
    const style = document.createElement('style');
    root.append(style);
    return (css) => void (style.textContent = css);
  }
}
