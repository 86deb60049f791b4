// The options page's layout: one calm column of cards.
export const optionsCss = `
html, body { margin: 0; background: var(--ft-surface); }
.options { max-width: 760px; margin: 0 auto; padding: 32px 20px 64px; font-size: 14px; }
.page-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 16px; margin-bottom: 20px; }
.page-head h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; letter-spacing: -0.01em; }
/* Fixed in a corner: a change far down the page is confirmed where the eye can catch it. */
.saved { position: fixed; right: 24px; bottom: 24px; margin: 0; padding: 8px 14px; border-radius: 999px; background: var(--ft-good-soft); color: var(--ft-good); font-weight: 600; box-shadow: var(--ft-shadow); }
.saved:empty { display: none; }
.saved.error { background: var(--ft-danger-soft); color: var(--ft-danger); }
.sections { display: grid; gap: 16px; }
.card { padding: 20px 22px; background: var(--ft-bg); border: 1px solid var(--ft-border); border-radius: 12px; }
.card h2 { margin: 0 0 4px; font-size: 17px; font-weight: 650; }
.card h3 { margin: 0 0 2px; font-size: 14px; font-weight: 600; }
.section-intro { margin: 0 0 16px; color: var(--ft-muted); }
.field { margin-bottom: 14px; }
.field .ft-hint { margin: 4px 0 0; }
.field-row { display: flex; gap: 16px; flex-wrap: wrap; }
.field-row .ft-select { max-width: 320px; }
.ft-input.narrow { width: 90px; }
.toggle { display: flex; gap: 10px; align-items: flex-start; margin-bottom: 14px; }
.toggle input, .rule input { margin-top: 3px; width: 16px; height: 16px; accent-color: var(--ft-accent); }
.toggle-label { font-weight: 500; }
.toggle .ft-hint { margin: 2px 0 0; }
.rule-group { margin-top: 14px; }
.rule-group > .ft-hint { margin: 0 0 6px; }
.rules { margin: 0; padding: 0; list-style: none; }
.rule { display: flex; gap: 10px; padding: 10px 0; border-top: 1px solid var(--ft-border); }
.rule-title { font-weight: 600; }
.rule p { margin: 2px 0 0; }
.rule-description { color: var(--ft-text); }
.rule-examples, .rule-better { color: var(--ft-muted); font-size: 13px; }
.rule-key { font-weight: 600; color: var(--ft-text); }
.two-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
@media (max-width: 600px) { .two-columns { grid-template-columns: 1fr; } }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 10px; padding: 0; list-style: none; }
.chip-item { display: inline-flex; align-items: center; gap: 2px; padding: 2px 2px 2px 10px; border-radius: 999px; background: var(--ft-surface); border: 1px solid var(--ft-border); }
.ft-icon-button.small { width: 22px; height: 22px; font-size: 15px; }
.add-row { display: flex; gap: 6px; }
.add-row .ft-input { flex: 1; min-width: 0; }
.ft-hint.error { color: var(--ft-danger); }
.data-row { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; padding: 14px 0; border-top: 1px solid var(--ft-border); }
.data-row:first-of-type { border-top: 0; padding-top: 0; }
.data-row .ft-hint { margin: 2px 0 8px; max-width: 440px; }
.buttons { display: flex; gap: 8px; flex: none; }
.file-button:focus-within { outline: 2px solid var(--ft-focus); outline-offset: 2px; }
.danger-zone h3 { color: var(--ft-danger); }
.outcome { margin: 8px 0 0; color: var(--ft-good); }
.outcome:empty { margin: 0; }
.outcome.error { color: var(--ft-danger); }
.health-list { list-style: none; margin: 0 0 12px; padding: 0; display: grid; gap: 6px; }
.health { padding: 6px 10px; border-radius: var(--ft-radius-small); border-left: 3px solid var(--ft-good); background: var(--ft-raised); overflow-wrap: anywhere; }
.health.warn { border-left-color: var(--ft-warn); }
.health-tabs { margin: 0 0 8px; }
`;
