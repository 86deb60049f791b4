// What the compose sidebar and the tone coach know about the people a draft
// goes to: each tracked recipient's prospect, timeline and tone context, and
// the recipients who could be tracked.
import { toneContextFor } from '../core/cadence';
import { counterpartVerdict, type IgnoreList } from '../core/counterpart';
import type { CadenceSettings } from '../core/model';
import type { ComposeSnapshot } from '../shared/readings';
import type { Settings } from '../shared/settings';
import type { ComposeContext } from '../shared/views';
import { touchesForEngine } from './prospects';
import { statusOf, viewOf } from './queries';
import type { FollowThroughDb } from './schema';

/**
 * A pop-out compose window shows no account of its own (Outlook): take the
 * account of that provider seen most recently in a mail tab.
 */
export async function withAccount(db: FollowThroughDb, compose: ComposeSnapshot): Promise<ComposeSnapshot> {
  if (compose.account) return compose;
  const accounts = (await db.accounts.toArray()).filter((a) => a.provider === compose.provider).sort((a, b) => b.lastSeen - a.lastSeen);
  return accounts[0] ? { ...compose, account: accounts[0].address } : compose;
}

export async function composeContext(db: FollowThroughDb, snapshot: ComposeSnapshot, settings: Settings, cadence: CadenceSettings, ignore: IgnoreList, now: number): Promise<ComposeContext> {
  const compose = await withAccount(db, snapshot);
  const result: ComposeContext = { prospects: [], untracked: [], disabledToneRules: settings.disabledToneRules, sidebarCollapsed: settings.sidebarCollapsed };
  const account = compose.account;
  if (!account) return result;
  for (const r of [...compose.to, ...compose.cc]) {
    if (!r.address) continue;
    const p = await db.prospects.where('addresses').equals(r.address).filter((x) => x.account === account).first();
    if (!p) {
      if (counterpartVerdict(r.address, account, ignore).counts) result.untracked.push(r.address);
      continue;
    }
    if (result.prospects.some((x) => x.prospect.id === p.id)) continue;
    const touches = touchesForEngine((await db.touches.where('prospectId').equals(p.id).toArray()).sort((a, b) => a.at - b.at));
    const status = await statusOf(db, p, cadence, now);
    result.prospects.push({ prospect: viewOf(p, status), timeline: touches, tone: toneContextFor(p, touches, status, now) });
  }
  return result;
}
