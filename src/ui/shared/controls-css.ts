// Buttons, fields, menus and focus rings shared by every surface. Plain CSS;
// class names start with `ft-` so they never meet a mail page's own rules
// (inside a shadow root they could not anyway, but pages share this file).
export const controlsCss = `
*, *::before, *::after { box-sizing: border-box; }
.ft-button {
  font: inherit; font-weight: 500;
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 30px; padding: 4px 12px;
  border: 1px solid var(--ft-border); border-radius: var(--ft-radius-small);
  background: var(--ft-raised); color: var(--ft-text);
  cursor: pointer; white-space: nowrap;
}
.ft-button:hover { background: var(--ft-hover); }
.ft-button:disabled { opacity: 0.55; cursor: default; }
.ft-button.primary { background: var(--ft-accent); border-color: var(--ft-accent); color: var(--ft-on-accent); }
.ft-button.primary:hover { filter: brightness(1.06); }
.ft-button.danger { color: var(--ft-danger); border-color: currentColor; }
.ft-button.danger.primary { background: var(--ft-danger); color: var(--ft-bg); border-color: var(--ft-danger); }
.ft-button.quiet { border-color: transparent; background: transparent; }
.ft-button.quiet:hover { background: var(--ft-hover); }
.ft-icon-button {
  font: inherit; display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; padding: 0; border: 0; border-radius: var(--ft-radius-small);
  background: transparent; color: var(--ft-muted); cursor: pointer;
}
.ft-icon-button:hover { background: var(--ft-hover); color: var(--ft-text); }
.ft-icon-button:disabled { opacity: 0.4; cursor: default; }
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--ft-focus); outline-offset: 2px; }
.ft-input, .ft-select, .ft-textarea {
  font: inherit; color: var(--ft-text); background: var(--ft-bg);
  border: 1px solid var(--ft-border); border-radius: var(--ft-radius-small);
  padding: 5px 8px; min-height: 30px;
}
.ft-textarea { width: 100%; min-height: 64px; resize: vertical; }
.ft-input:focus-visible, .ft-select:focus-visible, .ft-textarea:focus-visible { outline-offset: 0; border-color: var(--ft-focus); }
.ft-label { display: block; font-weight: 500; margin-bottom: 4px; }
.ft-hint { color: var(--ft-muted); font-size: 12px; }
.ft-hint.error { color: var(--ft-danger); }
.save-outline { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; margin: 4px 0 8px; }
.ft-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.ft-menu {
  position: fixed; z-index: 20; min-width: 200px; max-height: 360px; overflow-y: auto;
  margin: 0; padding: 4px; list-style: none;
  background: var(--ft-raised); color: var(--ft-text);
  border: 1px solid var(--ft-border); border-radius: var(--ft-radius); box-shadow: var(--ft-shadow);
}
.ft-menu-group { padding: 6px 10px 2px; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--ft-muted); }
.ft-menu-item {
  display: flex; align-items: center; gap: 8px; width: 100%;
  font: inherit; text-align: left; color: inherit; background: transparent;
  border: 0; border-radius: var(--ft-radius-small); padding: 6px 10px; cursor: pointer;
}
.ft-menu-item:hover, .ft-menu-item:focus-visible { background: var(--ft-hover); outline: none; }
.ft-menu-item:focus-visible { box-shadow: inset 0 0 0 2px var(--ft-focus); }
.ft-menu-item.danger { color: var(--ft-danger); }
.ft-menu-sep { height: 1px; margin: 4px 6px; background: var(--ft-border); }
.ft-badge {
  display: inline-flex; align-items: center; gap: 4px; padding: 1px 7px; border-radius: 999px;
  font-size: 11px; font-weight: 600; background: var(--ft-surface); color: var(--ft-muted);
}
`;
