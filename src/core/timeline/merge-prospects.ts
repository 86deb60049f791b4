import type { ClosedState, Prospect } from '../model';

// Merging two prospects that turn out to be one person (two addresses, issue 3).
// `keep` keeps its id and account; the store re-points `drop`'s touches to it.
//
// Choices, all leaning toward "never nag someone the user meant to leave alone":
// - closed beats open: closing is an explicit decision and reopening is one
//   click, while a nudge to someone already won, lost or opted out is a real
//   mistake. Between two closed states do-not-contact always wins (it is final),
//   otherwise the later decision wins.
// - the later snooze wins (the quieter one), with its own snoozedAt.
// - of two next steps the more recently agreed one wins: it replaced the other.
// - ghostings add up (each was a separate passed commitment); bad addresses
//   and addresses are unions; the earliest createdAt wins.

const FINAL: ClosedState = 'do-not-contact';

function mergeClosed(a: Prospect['closed'], b: Prospect['closed']): Prospect['closed'] {
  if (!a || !b) return a ?? b;
  if (a.state === FINAL && b.state !== FINAL) return a;
  if (b.state === FINAL && a.state !== FINAL) return b;
  return b.at > a.at ? b : a;
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return Array.from(new Set([...(a ?? []), ...(b ?? [])]));
}

export function mergeProspects(keep: Prospect, drop: Prospect): Prospect {
  const merged: Prospect = {
    ...drop,
    ...keep,
    addresses: union(keep.addresses, drop.addresses),
    createdAt: Math.min(keep.createdAt, drop.createdAt),
  };
  merged.name = keep.name ?? drop.name;
  merged.company = keep.company ?? drop.company;

  const closed = mergeClosed(keep.closed, drop.closed);
  if (closed) merged.closed = closed;
  else delete merged.closed;

  const snoozeFrom = (drop.snoozedUntil ?? -Infinity) > (keep.snoozedUntil ?? -Infinity) ? drop : keep;
  delete merged.snoozedUntil;
  delete merged.snoozedAt;
  if (snoozeFrom.snoozedUntil !== undefined) merged.snoozedUntil = snoozeFrom.snoozedUntil;
  if (snoozeFrom.snoozedAt !== undefined) merged.snoozedAt = snoozeFrom.snoozedAt;

  const next = !keep.nextStep || (drop.nextStep && drop.nextStep.createdAt > keep.nextStep.createdAt) ? drop.nextStep : keep.nextStep;
  if (next) merged.nextStep = next;
  else delete merged.nextStep;

  const ghostings = (keep.ghostings ?? 0) + (drop.ghostings ?? 0);
  if (ghostings) merged.ghostings = ghostings;

  const dormant = Math.max(keep.dormantSince ?? -Infinity, drop.dormantSince ?? -Infinity);
  if (dormant > -Infinity) merged.dormantSince = dormant;

  if (keep.cadence || drop.cadence) merged.cadence = { ...drop.cadence, ...keep.cadence };
  const bad = union(keep.badAddresses, drop.badAddresses);
  if (bad.length) merged.badAddresses = bad;
  else delete merged.badAddresses;
  if (merged.name === undefined) delete merged.name;
  if (merged.company === undefined) delete merged.company;
  return merged;
}
