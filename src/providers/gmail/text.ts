// Visible text of Gmail chrome: collapsed whitespace, and emoji that Gmail
// draws as `<img data-emoji="🎉" alt="🎉">` put back (InboxSDK rebuilds
// subjects the same way; `textContent` alone drops them).
export function chromeText(el: Element, max = 2000): string | null {
  const text = el.querySelector('img[data-emoji], img[alt].emoji') ? withEmoji(el) : el.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim().slice(0, max) || null;
}

function withEmoji(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const child = n as Element;
      if (child.tagName === 'IMG') out += child.getAttribute('data-emoji') || child.getAttribute('alt') || '';
      else out += withEmoji(child);
    }
  }
  return out;
}
