// The design tokens every surface shares, as plain CSS. They are strings (not
// .css files) because the same rules go into extension pages and into shadow
// roots on mail pages, where they are adopted as constructed style sheets.

const light = `
  --ft-bg: #ffffff;
  --ft-surface: #f6f7f9;
  --ft-raised: #ffffff;
  --ft-text: #1c1f24;
  --ft-muted: #5b626c;
  --ft-border: #e2e5e9;
  --ft-hover: #eef1f5;
  --ft-accent: #2852c7;
  --ft-accent-soft: #e8eefc;
  --ft-on-accent: #ffffff;
  --ft-focus: #2852c7;
  --ft-danger: #b42318;
  --ft-danger-soft: #fdecea;
  --ft-warn: #8a5a00;
  --ft-warn-soft: #fff4dc;
  --ft-good: #17703a;
  --ft-good-soft: #e6f4ea;
  --ft-calm: #5a4fb0;
  --ft-calm-soft: #efedfb;
  --ft-shadow: 0 8px 28px rgba(20, 24, 31, 0.16), 0 1px 3px rgba(20, 24, 31, 0.08);
`;

const dark = `
  --ft-bg: #16181d;
  --ft-surface: #1d2026;
  --ft-raised: #23272e;
  --ft-text: #e7e9ed;
  --ft-muted: #a3aab5;
  --ft-border: #333842;
  --ft-hover: #2a2f38;
  --ft-accent: #8fb0ff;
  --ft-accent-soft: #263352;
  --ft-on-accent: #0d1424;
  --ft-focus: #8fb0ff;
  --ft-danger: #ff9b8f;
  --ft-danger-soft: #3d2221;
  --ft-warn: #f2c46b;
  --ft-warn-soft: #3a3020;
  --ft-good: #7fd49a;
  --ft-good-soft: #1e3326;
  --ft-calm: #b9b0ff;
  --ft-calm-soft: #2b2847;
  --ft-shadow: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
`;

/** Light and dark tokens under `scope` (`:root` on pages, `:host` in shadow roots), following the system theme. */
export function tokensCss(scope: string): string {
  return `
${scope} {
  ${light}
  --ft-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --ft-radius: 8px;
  --ft-radius-small: 6px;
  color-scheme: light dark;
  font-family: var(--ft-font);
  font-size: 13px;
  line-height: 1.45;
  color: var(--ft-text);
}
@media (prefers-color-scheme: dark) {
  ${scope} { ${dark} }
}
`;
}

/**
 * Generic families only inside shadow roots on mail pages: a page's @font-face
 * can claim any named family ("Roboto") and learn from what it is asked to
 * load which characters we draw (#17).
 */
export const SHADOW_FONT = 'system-ui, sans-serif';

/**
 * The whole style of a shadow root on a mail page (#17). The host takes
 * nothing from the page: `all: initial !important` from inside the shadow
 * tree beats any page rule, `!important` or not, and `contain: strict` with
 * the box given in `host` means its size never depends on what we draw. The
 * tokens and the font are set on `.ft-root`, the one element inside.
 */
export function shadowRootCss(host: string, ...rest: string[]): string {
  return (
    `:host { all: initial !important; display: block !important; contain: strict !important; ${host} }\n` +
    tokensCss('.ft-root') +
    `.ft-root { font-family: ${SHADOW_FONT}; }\n` +
    rest.join('')
  );
}
