// The popup's own layout. 380px wide, at most 560px tall as a toolbar popup;
// wider and full height when opened as a tab.
export const popupCss = `
html, body { margin: 0; background: var(--ft-bg); }
body { width: 380px; }
@media (min-width: 480px) { body { width: auto; } .popup { max-width: 520px; margin: 0 auto; max-height: 100vh; border-inline: 1px solid var(--ft-border); } }
.popup { display: flex; flex-direction: column; max-height: 560px; min-height: 200px; background: var(--ft-bg); }
.header { flex: none; padding: 12px 14px 10px; border-bottom: 1px solid var(--ft-border); }
.header-top { display: flex; align-items: center; gap: 8px; }
.brand { margin: 0; font-size: 15px; font-weight: 650; letter-spacing: -0.01em; }
.due-count { margin-right: auto; }
.due-count.hot { background: var(--ft-accent-soft); color: var(--ft-accent); }
.search { display: flex; align-items: center; gap: 6px; margin-top: 10px; padding: 0 8px; border: 1px solid var(--ft-border); border-radius: var(--ft-radius-small); background: var(--ft-surface); color: var(--ft-muted); }
.search:focus-within { border-color: var(--ft-focus); box-shadow: 0 0 0 1px var(--ft-focus); }
.search-input { flex: 1; min-width: 0; height: 30px; border: 0; background: transparent; color: var(--ft-text); font: inherit; }
.search-input:focus-visible { outline: none; }
.banner { flex: none; margin: 10px 14px 0; padding: 8px 10px; border-radius: var(--ft-radius-small); background: var(--ft-warn-soft); color: var(--ft-text); }
.banner p { margin: 0 0 4px; }
.banner p:last-child { margin: 0; }
.banner.error { background: var(--ft-danger-soft); }
.loading, .no-matches { margin: 0; padding: 24px 14px; color: var(--ft-muted); text-align: center; }
.empty { padding: 28px 22px 32px; text-align: center; }
.empty-title { margin: 0 0 8px; font-size: 15px; }
.empty p { margin: 0 0 10px; color: var(--ft-muted); }
.list-scroller { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; }
.list-inner { position: relative; }
.section { position: absolute; left: 0; right: 0; }
.section-header { margin: 0; position: sticky; top: 0; z-index: 2; display: flex; align-items: stretch; background: var(--ft-bg); border-bottom: 1px solid var(--ft-border); }
.section-toggle { flex: 1; display: flex; align-items: center; gap: 6px; padding: 0 14px; border: 0; background: transparent; color: var(--ft-muted); font: inherit; font-size: 12px; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; cursor: pointer; }
.section-toggle:hover { color: var(--ft-text); }
.section-toggle:focus-visible { outline-offset: -2px; }
.chevron { display: inline-flex; transition: transform 120ms ease; }
.chevron.open { transform: rotate(90deg); }
.section-replied .section-title { color: var(--ft-accent); }
.section-overdue .section-title { color: var(--ft-danger); }
.section-due-today .section-title { color: var(--ft-warn); }
.section-rows { margin: 0; padding: 0; list-style: none; }
.row { position: absolute; left: 0; right: 0; display: flex; align-items: center; gap: 6px; padding: 8px 8px 8px 14px; border-bottom: 1px solid var(--ft-border); border-left: 3px solid transparent; background: var(--ft-bg); }
.row:hover { background: var(--ft-surface); }
.row:focus-visible { outline-offset: -2px; background: var(--ft-surface); }
.row.kind-replied { border-left-color: var(--ft-accent); }
.row.kind-overdue { border-left-color: var(--ft-danger); }
.row.kind-due { border-left-color: var(--ft-warn); }
.row-main { flex: 1; min-width: 0; }
.row-line { display: flex; align-items: baseline; gap: 8px; min-width: 0; }
.row-name { font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: 0 1 auto; }
.row-org { color: var(--ft-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: 1 1 0; min-width: 40px; }
.row-reason, .row-meta { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.row-reason { color: var(--ft-text); opacity: 0.88; }
.row-meta { display: flex; align-items: center; gap: 5px; font-size: 12px; color: var(--ft-muted); }
.row-next { display: inline-flex; align-items: center; gap: 3px; margin-left: 6px; overflow: hidden; text-overflow: ellipsis; }
.row-actions { display: flex; gap: 2px; flex: none; }
.notice { flex: none; margin: 0; padding: 0 14px; font-size: 12px; color: var(--ft-muted); min-height: 0; }
.notice:not(:empty) { padding: 8px 14px; border-top: 1px solid var(--ft-border); }
.notice.error { color: var(--ft-danger); }
.sheet-backdrop { position: fixed; inset: 0; z-index: 30; display: flex; align-items: flex-end; justify-content: center; background: rgba(15, 18, 24, 0.38); }
.sheet { width: 100%; max-width: 420px; padding: 16px 16px 14px; background: var(--ft-raised); border-radius: 12px 12px 0 0; box-shadow: var(--ft-shadow); }
.sheet-title { margin: 0 0 12px; font-size: 15px; }
.sheet form > * + * { margin-top: 10px; }
.sheet p { margin: 0; }
.sheet .full { width: 100%; }
.field-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.choices { margin: 0 0 10px; padding: 0; border: 0; }
.choice { display: flex; align-items: center; gap: 8px; padding: 5px 0; }
.choice input { margin: 0; accent-color: var(--ft-accent); }
.sheet-buttons { display: flex; justify-content: flex-end; gap: 8px; padding-top: 4px; }
`;
