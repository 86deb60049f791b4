// Made-up overviews for the popup's component tests.
import type { ProspectStatus } from '../../../../src/core/model';
import type { Overview, ProspectView, SectionId } from '../../../../src/shared/views';

export const NOW = Date.UTC(2025, 4, 14, 10, 0);
const DAY = 86_400_000;

export function status(kind: ProspectStatus['kind'], reason: string, extra: Partial<ProspectStatus> = {}): ProspectStatus {
  return {
    kind,
    dueAt: null,
    overdue: false,
    step: 1,
    recommendation: 'follow-up',
    fatigue: { unansweredInRow: 1, tripped: false },
    ghostings: 0,
    reason,
    ...extra,
  };
}

export function prospect(id: string, over: Partial<ProspectView> = {}): ProspectView {
  return {
    id,
    account: 'me@example.com',
    name: `Person ${id}`,
    org: 'Acme',
    addresses: [`${id}@acme.test`],
    status: status('waiting', `Reason for ${id}`),
    lastTouch: { at: NOW - 5 * DAY, channel: 'email', direction: 'out' },
    nextStep: null,
    canOpenThread: true,
    stepsDays: null,
    ...over,
  };
}

export function overview(sections: Partial<Record<SectionId, ProspectView[]>>, over: Partial<Overview> = {}): Overview {
  const order: SectionId[] = ['replied', 'due-today', 'overdue', 'waiting', 'dormant', 'snoozed', 'closed'];
  const list = order.map((id) => ({ id, rows: sections[id] ?? [] }));
  const total = list.reduce((n, s) => n + s.rows.length, 0);
  return { now: NOW, accounts: ['me@example.com'], sections: list, dueCount: 0, total, problems: [], stepsDays: [3, 7, 14], ...over };
}

export function manyProspects(n: number): ProspectView[] {
  return Array.from({ length: n }, (_, i) => prospect(`p${i}`, { name: `Prospect ${i}` }));
}
