// The cadence engine (#3): statuses for 10,000 prospects with 100,000 touches,
// budget under 50 ms median. The timeline is pseudo-random but seeded, so every
// run measures the same input. Touches are grouped by prospect beforehand, as
// the store hands them over; the measured loop is computeStatus alone.
import { clearZoneCache, computeStatus } from '../../src/core/cadence';
import type { CadenceSettings, Channel, Prospect, Touch } from '../../src/core/model';
import { DEFAULT_CADENCE } from '../../src/core/model';
import { type BenchRow, type BenchSuite, measure } from '../types';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T09:00:00Z');
const SETTINGS: CadenceSettings = { ...DEFAULT_CADENCE, timeZone: 'Europe/Berlin' };
const CHANNELS: Channel[] = ['email', 'email', 'email', 'email', 'call', 'linkedin', 'text', 'meeting', 'note'];

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(prospects: number, touchesPerProspect: number, seed = 3): { prospect: Prospect; touches: Touch[] }[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: { prospect: Prospect; touches: Touch[] }[] = [];
  for (let i = 0; i < prospects; i++) {
    const id = `p${i}`;
    const createdAt = NOW - Math.floor(rnd() * 365 * DAY);
    const prospect: Prospect = { id, account: 'me@example.com', addresses: [`person${i}@example.com`], name: `Person ${i}`, createdAt };
    const r = rnd();
    if (r < 0.04) prospect.closed = { state: pick(['won', 'lost', 'do-not-contact'] as const), at: NOW - Math.floor(rnd() * 60 * DAY) };
    else if (r < 0.08) prospect.snoozedUntil = NOW + Math.floor((rnd() - 0.3) * 20 * DAY);
    if (rnd() < 0.15) prospect.nextStep = { what: 'call', at: NOW + Math.floor((rnd() - 0.5) * 30 * DAY), createdAt: NOW - 40 * DAY };
    if (rnd() < 0.1) prospect.ghostings = Math.floor(rnd() * 3);
    // 1 to 2n-1 touches: the mean is n, so the total is about n per prospect.
    const count = 1 + Math.floor(rnd() * (2 * touchesPerProspect - 1));
    const touches: Touch[] = [];
    for (let k = 0; k < count; k++) {
      const channel = pick(CHANNELS);
      const direction = rnd() < 0.7 ? 'out' : 'in';
      const at = createdAt + Math.floor(rnd() * (NOW - createdAt));
      const t: Touch = { id: `${id}-${k}`, prospectId: id, channel, direction, at };
      if (channel === 'email' && direction === 'in') {
        const kind = rnd();
        if (kind < 0.08) {
          t.kind = 'auto-reply';
          t.pausedUntil = at + Math.floor(rnd() * 20 * DAY);
        } else if (kind < 0.11) t.kind = 'bounce';
      }
      if (channel === 'call') t.voicemail = rnd() < 0.5;
      touches.push(t);
    }
    if (rnd() < 0.05 && touches.length) touches.push({ ...touches[0]! }); // the same message read twice
    out.push({ prospect, touches });
  }
  return out;
}

export default (async ({ quick }) => {
  const size = quick ? 500 : 10_000;
  const runs = quick ? 5 : 40;
  const data = generate(size, 10);
  const touchCount = data.reduce((n, d) => n + d.touches.length, 0);
  const kinds = new Map<string, number>();
  for (const { prospect, touches } of data) {
    const k = computeStatus(prospect, touches, SETTINGS, NOW).kind;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const all = () => {
    for (const { prospect, touches } of data) computeStatus(prospect, touches, SETTINGS, NOW);
  };
  const warm = measure(all, runs);
  const cold = measure(() => {
    clearZoneCache();
    all();
  }, quick ? 3 : 10);
  const mix = Array.from(kinds, ([k, n]) => `${k} ${n}`).join(', ');
  const name = `cadence: statuses for ${size.toLocaleString('en-US')} prospects / ${touchCount.toLocaleString('en-US')} touches`;
  return [
    { name, median: warm.median, unit: 'ms', spread: warm.spread, runs: warm.runs, budget: '< 50 ms', withinBudget: warm.median < 50, notes: `Europe/Berlin, time-zone offsets cached from earlier runs; statuses: ${mix}` } satisfies BenchRow,
    { name: `${name}, cold offset cache`, median: cold.median, unit: 'ms', spread: cold.spread, runs: cold.runs, notes: 'the first computation after the worker starts: every Intl offset looked up afresh' } satisfies BenchRow,
  ];
}) satisfies BenchSuite;
