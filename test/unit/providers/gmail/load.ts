// Parses a page into its own happy-dom window (scripts off), as the content
// script would see it at `url`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export function loadPage(html: string, url = 'https://mail.google.com/mail/u/0/#inbox'): { doc: Document; win: Window } {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  win.document.write(html);
  return { doc: win.document as unknown as Document, win };
}

export function realFixture(name: string): string {
  // Tests run from the repository root (vitest's root).
  return readFileSync(resolve(process.cwd(), 'test/fixtures/gmail/real', name), 'utf8');
}
