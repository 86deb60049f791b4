// What a new user sees: no list yet, and how to start one.
export function EmptyState() {
  return (
    <div class="empty" data-testid="empty-state">
      <h2 class="empty-title">Nobody to follow up with yet</h2>
      <p>
        Open Gmail or Outlook on the web and write to a prospect: FollowThrough notices threads you wrote in, keeps each
        prospect's timeline on this computer, and tells you here who needs a touch.
      </p>
      <p class="ft-hint">Nothing you write or read leaves your browser.</p>
    </div>
  );
}
