// Handlers for what the content scripts report: page readings, sends, the
// compose window's context and "sleep on it".
import type { Answers, ParsedPayload } from '../../shared/protocol';
import { refreshBadge } from '../badge';
import { store } from '../context';
import { scheduleSleepOnIt } from '../reminders';
import type { HandlerContext } from '../router';
import { mailBase } from '../thread-url';

async function mayRecord(ctx: HandlerContext, now: number): Promise<boolean> {
  if (!ctx.sender.tab?.incognito) return true;
  return (await store.settings(now)).recordIncognito;
}

export async function onReading({ reading, url }: ParsedPayload<'page/reading'>, ctx: HandlerContext): Promise<Answers['page/reading']> {
  const now = Date.now();
  if (!(await mayRecord(ctx, now))) return { recorded: false, reason: 'incognito' };
  const changed = await store.recordReading(reading, mailBase(url), now);
  await refreshBadge(now);
  return { recorded: true, prospects: changed.length };
}

export async function onSent({ compose, at }: ParsedPayload<'compose/sent'>, ctx: HandlerContext): Promise<Answers['compose/sent']> {
  const now = Date.now();
  if (!(await mayRecord(ctx, now))) return { recorded: false };
  const changed = await store.recordSend(compose, at, now);
  await refreshBadge(now);
  return { recorded: true, prospects: changed.length };
}

export function onComposeContext({ compose }: ParsedPayload<'compose/context'>): Promise<Answers['compose/context']> {
  return store.composeContext(compose, Date.now());
}

export async function onSleepOnIt({ compose, url }: ParsedPayload<'compose/sleep-on-it'>): Promise<Answers['compose/sleep-on-it']> {
  const at = await scheduleSleepOnIt(compose, url, Date.now());
  return { remindAt: at };
}
