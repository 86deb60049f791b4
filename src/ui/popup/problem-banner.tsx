// A calm banner when a mail page could not be read: the list may be behind.
import type { PageProblem } from '../../shared/views';

export function ProblemBanner({ problems }: { problems: PageProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="banner" role="status" data-testid="page-problems">
      {problems.slice(0, 3).map((p) => (
        <p key={`${p.provider}:${p.account ?? ''}`}>
          <strong>{p.provider === 'gmail' ? 'Gmail' : 'Outlook'}{p.account ? ` (${p.account})` : ''}:</strong> {p.detail || "Can't read this page."}
        </p>
      ))}
      <p class="ft-hint">Reloading the mail tab usually helps. Until then this list may miss recent mail.</p>
    </div>
  );
}
