// What the pre-send dialog says above the findings. Kind and specific, never
// shaming (DOMAIN.md). A strong break-up gets a moment of its own: the
// Friday-4pm email written from frustration, which can cost the year's best deal.
import type { Finding, ToneCategory, ToneReport } from '../../core/tone';

export interface Lead {
  title: string;
  body: string;
  /** The break-up moment: "Sleep on it" becomes the suggested choice. */
  moment: boolean;
}

export const CATEGORY_LABEL: Record<ToneCategory, string> = {
  passive: 'Empty check-in',
  scolding: 'Reads as a scold',
  breakup: 'Reads as a break-up',
};

export function isMoment(f: Finding): boolean {
  return f.category === 'breakup' && f.severity === 'strong';
}

export function leadFor(report: ToneReport, name: string | null): Lead {
  const to = name ? ` to ${name}` : '';
  if (report.findings.some(isMoment)) {
    return {
      title: 'Take a moment before this goes',
      body: `This reads like a goodbye written on a bad day. Silence is rarely a no: people get busy, and a message sent from frustration can close a door that was only half shut. If you sleep on it, FollowThrough keeps the draft${to} and reminds you tomorrow morning.`,
      moment: true,
    };
  }
  const n = Math.max(1, report.findings.filter((f) => f.severity !== 'info').length);
  const scolds = report.findings.some((f) => f.category === 'scolding');
  return {
    title: 'Before you send',
    body: scolds
      ? `${n === 1 ? 'One phrase' : `${n} phrases`} in your follow-up${to} may read as a reminder of what they haven't done. A fresh reason to reply usually works better.`
      : `${n === 1 ? 'One phrase' : `${n} phrases`} in your follow-up${to} may land differently than you mean. It's your call: send it as is, or take a minute to edit.`,
    moment: false,
  };
}

/** Strongest first, then the subject before the body, then in the order they appear. */
export function orderFindings(findings: Finding[]): Finding[] {
  const rank = { strong: 0, warn: 1, info: 2 } as const;
  const where = (f: Finding) => (f.field === 'subject' ? 0 : 1);
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] || where(a) - where(b) || a.start - b.start);
}
