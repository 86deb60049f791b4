// Page health and page outlines (#15): a content script reports how well it
// read its page; the options page asks what is known and which mail tabs are
// open; an extension page asks a mail tab for a redacted outline to save.
import { browser } from '../../shared/browser';
import { OUTLINE_REQUEST } from '../../shared/outline-request';
import { OutlineAnswerSchema, type MailTab } from '../../shared/page-health';
import type { ParsedPayload } from '../../shared/protocol';
import type { ProviderId } from '../../shared/readings';
import { store } from '../context';
import { healthFrom, loadHealth, recordHealth } from '../page-health';
import type { HandlerContext } from '../router';
import { isMailUrl } from '../senders';

const providerOf = (url: string): ProviderId => (new URL(url).hostname === 'mail.google.com' ? 'gmail' : 'outlook');
const label = (p: ProviderId) => (p === 'gmail' ? 'Gmail' : 'Outlook');

export async function onHealth({ health }: ParsedPayload<'page/health'>, ctx: HandlerContext) {
  if (ctx.sender.tab?.incognito && !(await store.settings(Date.now())).recordIncognito) return { recorded: false };
  await recordHealth(healthFrom(health, Date.now(), ctx.sender.tab?.id));
  return { recorded: true };
}

/** Open mail tabs (their address is visible to us through the host permissions), with the account last read in each. */
async function mailTabs(): Promise<MailTab[]> {
  const health = await loadHealth();
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((t) => typeof t.id === 'number' && isMailUrl(t.url))
    .map((t) => ({ tabId: t.id!, provider: providerOf(t.url!), account: health.find((h) => h.tabId === t.id)?.account ?? null }));
}

export async function onHealthGet() {
  return { now: Date.now(), entries: await loadHealth(), tabs: await mailTabs() };
}

/** Asks a mail tab's content script for its page outline and checks what comes back. */
export async function onOutline({ tabId, provider, account }: ParsedPayload<'page/outline'>) {
  const tabs = await mailTabs();
  const known = (await loadHealth()).find((h) => h.provider === provider && (account === undefined || h.account === account))?.tabId;
  const tab =
    tabs.find((t) => t.tabId === tabId) ??
    (tabId === undefined ? tabs.find((t) => t.tabId === known) ?? tabs.find((t) => t.provider === provider) : undefined);
  if (!tab) throw new Error(`No ${provider ? label(provider) : 'mail'} tab is open. Open it, wait until it has loaded, and try again.`);
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tab.tabId, { type: OUTLINE_REQUEST }, { frameId: 0 });
  } catch {
    throw new Error(`That ${label(tab.provider)} tab did not answer. Reload it once, then try again.`);
  }
  const answer = OutlineAnswerSchema.safeParse(raw);
  if (!answer.success) throw new Error(`That ${label(tab.provider)} tab sent no usable outline. Reload it once, then try again.`);
  const day = new Date().toISOString().slice(0, 10);
  return { ...answer.data, fileName: `followthrough-page-outline-${answer.data.provider}-${day}.html` };
}
