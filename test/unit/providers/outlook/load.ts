// Puts a fixture page into happy-dom's document (scripts are not run), so the
// reader sees it as the content script would.
export function loadPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const a of Array.from(root.attributes)) root.removeAttribute(a.name);
  for (const a of Array.from(parsed.documentElement.attributes)) root.setAttribute(a.name, a.value);
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
}
