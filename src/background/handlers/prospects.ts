// Handlers for what the user does to a prospect from the popup or sidebar.
import { settleNextStep } from '../../core/cadence';
import { domainOf } from '../../core/counterpart';
import type { Touch } from '../../core/model';
import { findOrCreateProspect, refreshProspects } from '../../db/prospects';
import { overview } from '../../db/queries';
import type { ProspectRow } from '../../db/schema';
import { browser } from '../../shared/browser';
import type { ParsedPayload } from '../../shared/protocol';
import { refreshBadge } from '../badge';
import { threadUrl } from '../thread-url';
import { db, ingestContext, loadSettings, saveSettings } from '../context';

async function change(prospectId: string, edit: (p: ProspectRow, now: number) => ProspectRow | void | Promise<ProspectRow | void>): Promise<{ ok: true }> {
  const now = Date.now();
  const { cadence } = await ingestContext(now);
  await db.transaction('rw', [db.prospects, db.touches, db.threads], async () => {
    const p = await db.prospects.get(prospectId);
    if (!p) throw new Error('That prospect no longer exists.');
    await db.prospects.put((await edit(p, now)) ?? p);
    await refreshProspects(db, [prospectId], cadence, now);
  });
  await refreshBadge(now);
  return { ok: true };
}

export async function onOverview({ account, limit }: ParsedPayload<'overview/get'>) {
  const now = Date.now();
  const { cadence } = await ingestContext(now);
  return overview(db, cadence, now, { ...(account ? { account } : {}), ...(limit ? { limit } : {}) });
}

export async function onLogTouch({ prospectId, channel, at, note, direction }: ParsedPayload<'prospect/log-touch'>) {
  return change(prospectId, async (p, now) => {
    const touch: Touch & { account: string } = {
      id: `log:${prospectId}:${at}:${channel}`,
      prospectId,
      account: p.account,
      channel: channel === 'voicemail' ? 'call' : channel,
      direction,
      at: Math.min(at, now),
    };
    if (channel === 'voicemail') touch.voicemail = true;
    if (channel === 'call') touch.voicemail = false;
    if (note) touch.note = note;
    await db.touches.put(touch);
  });
}

export async function onSnooze({ prospectId, until }: ParsedPayload<'prospect/snooze'>) {
  return change(prospectId, (p, now) => {
    if (until === null) delete p.snoozedUntil;
    else {
      p.snoozedUntil = until;
      p.snoozedAt = now;
    }
  });
}

export async function onNextStep({ prospectId, nextStep }: ParsedPayload<'prospect/next-step'>) {
  const touches = await db.touches.where('prospectId').equals(prospectId).toArray();
  return change(prospectId, (p, now) => {
    // A next step that passed unanswered counts as a ghosting before it is replaced.
    const settled = settleNextStep(p, touches, now) as ProspectRow;
    if (nextStep === null) delete settled.nextStep;
    else settled.nextStep = { what: nextStep.what, at: nextStep.at, createdAt: now };
    return settled;
  });
}

export async function onClose({ prospectId, state }: ParsedPayload<'prospect/close'>) {
  return change(prospectId, (p, now) => {
    if (state === null) {
      delete p.closed;
      delete p.dormantSince;
    } else if (state === 'dormant') {
      delete p.closed;
      p.dormantSince = now;
    } else p.closed = { state, at: now };
  });
}

export async function onTrack({ account, address, name }: ParsedPayload<'prospect/track'>) {
  const now = Date.now();
  const { cadence } = await ingestContext(now);
  const id = await db.transaction('rw', [db.prospects, db.touches, db.threads], async () => {
    const p = await findOrCreateProspect(db, account, address, name ?? null, now);
    await refreshProspects(db, [p.id], cadence, now);
    return p.id;
  });
  await refreshBadge(now);
  return { prospectId: id };
}

/** Ignore a person or their whole domain: they leave the list and are never tracked again. */
export async function onIgnore({ prospectId, scope }: ParsedPayload<'prospect/ignore'>) {
  const p = await db.prospects.get(prospectId);
  if (!p) throw new Error('That prospect no longer exists.');
  const settings = await loadSettings();
  const domains = scope === 'domain' ? [...new Set([...settings.ignoredDomains, ...p.addresses.map(domainOf)])] : settings.ignoredDomains;
  const people = scope === 'person' ? [...new Set([...settings.ignoredPeople, ...p.addresses])] : settings.ignoredPeople;
  await saveSettings({ ignoredDomains: domains, ignoredPeople: people });
  const doomed = scope === 'person' ? [p] : (await db.prospects.where('account').equals(p.account).toArray()).filter((x) => x.addresses.some((a) => domains.includes(domainOf(a))));
  await db.transaction('rw', [db.prospects, db.touches, db.threads], async () => {
    for (const d of doomed) {
      await db.touches.where('prospectId').equals(d.id).delete();
      await db.prospects.delete(d.id);
      await db.threads.where('prospectIds').equals(d.id).modify((t) => {
        t.prospectIds = t.prospectIds.filter((x) => x !== d.id);
      });
    }
  });
  await refreshBadge();
  return { removed: doomed.length };
}

export async function onOpenThread({ prospectId }: ParsedPayload<'prospect/open-thread'>) {
  const p = await db.prospects.get(prospectId);
  if (!p?.lastThread) throw new Error('No thread is known for this prospect yet.');
  const base = (await db.accounts.get(p.account))?.base ?? null;
  const url = threadUrl(p.lastThread.provider, p.account, p.lastThread.threadKey, base);
  // The mail tab of that account, if open: the thread opens there, as a click in the mail would.
  const [tab] = base ? await browser.tabs.query({ url: `${base}*` }) : [];
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else await browser.tabs.create({ url });
  return { url };
}
