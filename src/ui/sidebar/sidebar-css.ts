// The sidebar's styles, adopted inside its shadow root after shadowRootCss
// (src/ui/shared/tokens.ts), which styles the host itself.
export const sidebarCss = `
.ft-root { height: 100%; overflow: hidden; }
.panel {
  display: flex; flex-direction: column; height: 100%;
  background: var(--ft-bg); color: var(--ft-text);
  border: 1px solid var(--ft-border); border-radius: 10px; box-shadow: var(--ft-shadow); overflow: hidden;
}
.panel.collapsed { background: transparent; border: 0; box-shadow: none; overflow: visible; }
.expand {
  position: relative; display: flex; align-items: center; justify-content: center;
  width: 40px; height: 40px; border-radius: 10px; cursor: pointer;
  border: 1px solid var(--ft-border); background: var(--ft-raised); color: var(--ft-accent); box-shadow: var(--ft-shadow);
  font: inherit; font-weight: 700; font-size: 12px; letter-spacing: 0.02em;
}
.expand-count {
  position: absolute; top: -6px; right: -6px; min-width: 18px; height: 18px; padding: 0 5px; border-radius: 9px;
  background: var(--ft-warn); color: var(--ft-bg); font-size: 11px; line-height: 18px; text-align: center;
}
.panel-head { flex: none; display: flex; align-items: center; justify-content: space-between; padding: 10px 10px 8px 14px; border-bottom: 1px solid var(--ft-border); }
.panel-title { margin: 0; font-size: 13px; font-weight: 650; }
.panel-body { flex: 1; min-height: 0; overflow-y: auto; padding: 4px 0 12px; }
.card { padding: 10px 14px; border-bottom: 1px solid var(--ft-border); }
.card:last-child { border-bottom: 0; }
.card-name { margin: 0; font-size: 15px; font-weight: 650; overflow-wrap: anywhere; }
.card-org { margin: 0 0 8px; color: var(--ft-muted); overflow-wrap: anywhere; }
.card-status { margin: 0 0 6px; }
.status-chip { display: inline-block; margin-right: 6px; padding: 1px 8px; border-radius: 999px; font-size: 11px; font-weight: 600; background: var(--ft-surface); color: var(--ft-muted); }
.status-chip.replied { background: var(--ft-accent-soft); color: var(--ft-accent); }
.status-chip.due { background: var(--ft-warn-soft); color: var(--ft-warn); }
.status-chip.overdue { background: var(--ft-danger-soft); color: var(--ft-danger); }
.status-chip.won { background: var(--ft-good-soft); color: var(--ft-good); }
.card-reason { color: var(--ft-text); }
.card-line { display: flex; align-items: flex-start; gap: 6px; margin: 0 0 6px; color: var(--ft-text); }
.card-line svg { flex: none; margin-top: 2px; color: var(--ft-muted); }
.card-line.fatigue { padding: 6px 8px; border-radius: var(--ft-radius-small); background: var(--ft-warn-soft); }
.subhead { margin: 10px 0 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: var(--ft-muted); }
.timeline { margin: 0 0 6px; padding: 0; list-style: none; }
.touch { display: flex; gap: 8px; padding: 5px 0; }
.touch-icon { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 24px; height: 24px; border-radius: 50%; background: var(--ft-surface); color: var(--ft-muted); }
.touch.dir-in .touch-icon { background: var(--ft-accent-soft); color: var(--ft-accent); }
.touch-body { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.touch-head { display: flex; justify-content: space-between; gap: 8px; }
.touch-label { font-weight: 500; }
.touch-when { flex: none; color: var(--ft-muted); font-size: 12px; }
.touch-detail { color: var(--ft-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ft-button.small { min-height: 26px; padding: 2px 10px; font-size: 12px; }
.untracked-row { margin-top: 6px; }
.untracked-row .ft-button { max-width: 100%; overflow: hidden; text-overflow: ellipsis; }
.tracked { color: var(--ft-good); }
.metrics { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 10px; padding: 0; list-style: none; }
.metric { display: inline-flex; align-items: center; gap: 4px; padding: 2px 7px; border-radius: 999px; background: var(--ft-surface); font-size: 11px; }
.metric-label { color: var(--ft-muted); }
.metric-value { font-weight: 600; }
.metric-dot { width: 6px; height: 6px; border-radius: 50%; background: var(--ft-warn); }
.metric.good .metric-dot { background: var(--ft-good); }
.findings, .prompts { margin: 0 0 8px; padding: 0; list-style: none; display: grid; gap: 8px; }
.finding { padding: 8px 10px; border-radius: var(--ft-radius); background: var(--ft-surface); border-left: 3px solid var(--ft-warn); }
.finding.breakup { border-left-color: var(--ft-calm); }
.finding.scolding { border-left-color: var(--ft-danger); }
.finding.info { border-left-color: var(--ft-border); }
.chip { display: block; margin-bottom: 3px; font-size: 11px; font-weight: 600; color: var(--ft-muted); }
.quote { display: block; margin-bottom: 4px; font-style: italic; overflow-wrap: anywhere; }
.message, .suggestion { margin: 0 0 3px; }
.suggestion { color: var(--ft-muted); }
.suggestion-label { font-weight: 600; color: var(--ft-text); }
.prompt { display: flex; flex-direction: column; gap: 2px; padding: 8px 10px; border-radius: var(--ft-radius); background: var(--ft-accent-soft); }
.prompt span { color: var(--ft-text); }
.all-good { margin: 0; color: var(--ft-good); }
`;
