// Where the compose UI bundle (tone coach, sidebar, pre-send dialog) is
// built, relative to the extension root: the background injects this file,
// vite.config.ts writes it, test/e2e/compose-ui.e2e.ts checks both agree.
export const COMPOSE_UI_FILE = 'src/content/compose-ui.js';
