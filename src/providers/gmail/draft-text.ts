// The draft as plain text, read by walking the editor (never changing it).
// Not `innerText`: that forces a layout on every keystroke and differs
// between browsers and test DOMs. Gmail writes one `<div>` per line and
// `<div><br></div>` for a blank line; the quoted earlier mail of a reply
// (`.gmail_quote`) is not the user's writing and is skipped.

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

export function draftText(editor: Element): string {
  const out: string[] = [];
  const endsWithNewline = () => out.length === 0 || out[out.length - 1]!.endsWith('\n');
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\u00a0/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.classList.contains('gmail_quote')) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block && !endsWithNewline()) out.push('\n');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && !endsWithNewline()) out.push('\n');
  };
  for (let c = editor.firstChild; c; c = c.nextSibling) walk(c);
  return out.join('').replace(/\n+$/, '');
}
