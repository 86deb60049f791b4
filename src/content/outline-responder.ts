// Answers the background's one request to this content script (#15): a
// redacted outline of the page, made here because only the page has the DOM.
// Only this extension's background or pages can ask (tabs.sendMessage; a web
// page cannot reach this listener), and it is checked anyway. The outline
// goes back to the extension page that asked, which saves it as a file the
// user chooses to attach: nothing is sent anywhere.
import { pageOutline } from '../providers/outline';
import type { MailProvider } from '../providers/types';
import { browser, type Runtime } from '../shared/browser';
import { OUTLINE_REQUEST } from '../shared/outline-request';
import type { OutlineAnswer } from '../shared/page-health';

function fromOurExtension(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  return !sender.url || sender.url.startsWith(browser.runtime.getURL(''));
}

export function answerOutlineRequests(provider: MailProvider, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<OutlineAnswer> | undefined => {
    if (!fromOurExtension(sender) || (message as { type?: unknown } | null)?.type !== OUTLINE_REQUEST) return undefined;
    const started = performance.now();
    const outline = pageOutline(document, provider.id, { computed: true });
    return Promise.resolve({ provider: provider.id, html: outline.html, elements: outline.elements, cut: outline.cut, ms: Math.round(performance.now() - started) });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
