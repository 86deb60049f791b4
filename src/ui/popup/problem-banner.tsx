// A calm banner when a mail page could not be read: the list may be behind.
// Each problem offers a page outline to attach to a bug report (#15).
import type { PageProblem } from '../../shared/views';
import type { RequestFn } from '../shared/client';
import { SaveOutlineButton } from '../shared/save-outline';

export function ProblemBanner({ problems, request }: { problems: PageProblem[]; request?: RequestFn }) {
  if (problems.length === 0) return null;
  return (
    <div class="banner" role="status" data-testid="page-problems">
      {problems.slice(0, 3).map((p) => (
        <div class="banner-problem" key={`${p.provider}:${p.account ?? ''}`}>
          <p>
            <strong>{p.provider === 'gmail' ? 'Gmail' : 'Outlook'}{p.account ? ` (${p.account})` : ''}:</strong> {p.detail || "Can't read this page."}
          </p>
          {request && <SaveOutlineButton request={request} target={{ provider: p.provider, account: p.account }} />}
        </div>
      ))}
      <p class="ft-hint">Reloading the mail tab usually helps. Until then this list may miss recent mail. To report it, save a page outline and attach it: it keeps the page's structure, never your mail.</p>
    </div>
  );
}
