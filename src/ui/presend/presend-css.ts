// The dialog's styles, adopted inside its shadow root. The title, the lead
// and the three choices always show; a long list of findings scrolls between them.
export const presendCss = `
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center; padding: 24px;
  background: rgba(15, 18, 24, 0.45);
}
.dialog {
  display: flex; flex-direction: column;
  width: min(560px, 100%); max-height: calc(100vh - 48px);
  padding: 22px 24px 18px; border-radius: 12px;
  background: var(--ft-raised); color: var(--ft-text); box-shadow: var(--ft-shadow);
  border-top: 4px solid var(--ft-warn);
}
.dialog.moment { border-top-color: var(--ft-calm); }
.eyebrow, .title, .lead, .choices, .footnote { flex: none; }
.eyebrow { margin: 0 0 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: var(--ft-muted); }
.title { margin: 0 0 8px; font-size: 18px; font-weight: 650; line-height: 1.3; }
.lead { margin: 0 0 14px; font-size: 14px; color: var(--ft-text); }
.findings { flex: 1 1 auto; min-height: 0; overflow-y: auto; margin: 0 0 16px; padding: 0 2px 0 0; list-style: none; display: grid; align-content: start; gap: 10px; }
.finding { padding: 10px 12px; border-radius: var(--ft-radius); background: var(--ft-surface); border: 1px solid var(--ft-border); }
.chip { display: inline-block; margin-bottom: 6px; padding: 1px 8px; border-radius: 999px; font-size: 11px; font-weight: 600; background: var(--ft-warn-soft); color: var(--ft-warn); }
.finding.breakup .chip { background: var(--ft-calm-soft); color: var(--ft-calm); }
.finding.scolding .chip { background: var(--ft-danger-soft); color: var(--ft-danger); }
.quote { margin: 0 0 6px; padding-left: 10px; border-left: 3px solid var(--ft-border); font-style: italic; color: var(--ft-text); overflow-wrap: anywhere; }
.message { margin: 0 0 4px; }
.suggestion { margin: 0; color: var(--ft-muted); }
.suggestion-label { font-weight: 600; color: var(--ft-text); }
.choices { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.spacer { flex: 1; }
.ft-button { min-height: 34px; padding: 6px 14px; font-size: 13px; }
.send { color: var(--ft-muted); }
.footnote { margin: 10px 0 0; }
.sleep-failed { padding: 8px 10px; border-radius: var(--ft-radius); background: var(--ft-danger-soft); color: var(--ft-danger); font-weight: 600; }
`;
