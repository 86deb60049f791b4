// Whether a draft's tone report holds the send: any finding at `warn` or
// above, unless the user already chose "Send anyway" for this exact text.
import type { ToneReport } from '../core/tone';

export interface HoldVerdict {
  hold: boolean;
  report: ToneReport;
}

export function holdVerdict(report: ToneReport, dismissed: boolean): HoldVerdict {
  const serious = report.findings.some((f) => f.severity === 'warn' || f.severity === 'strong');
  return { hold: serious && !dismissed, report };
}
