// The toolbar popup (also opened as a tab by the end-to-end tests).
import { render } from 'preact';
import { browser } from '../../shared/browser';
import { request } from '../../shared/messaging';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { tokensCss } from '../shared/tokens';
import type { PopupClient } from './client';
import { popupCss } from './popup-css';
import { FIRST_SCREEN_KEY, FIRST_SCREEN_ROWS, usableFirstScreen } from '../../shared/first-screen';
import { PopupApp } from './popup-app';

// Asked for before anything renders: the background works on it while the
// page sets up (#18). Meanwhile the first screen the background kept ready
// is painted, if it is still true now.
const firstScreen = request('overview/get', { limit: FIRST_SCREEN_ROWS });
// The app reports a failure; until it listens, this keeps it from counting as unhandled.
firstScreen.catch(() => undefined);
// Asked already by popup-early.js, a plain script that runs before these modules load.
const early = (globalThis as { __followthroughKept?: unknown }).__followthroughKept;
const kept = (early instanceof Promise ? (early as Promise<Record<string, unknown>>) : browser.storage.session.get(FIRST_SCREEN_KEY))
  .then((items) => usableFirstScreen(items[FIRST_SCREEN_KEY], Date.now()))
  .catch(() => null);

let reader: Promise<typeof import('../../db/every-row-reader')> | undefined;
const everyRowReader = () => (reader ??= import('../../db/every-row-reader'));
// A kept screen that holds only some rows: once it is painted (the task after), start loading the
// reader while the background answers.
void kept.then((k) => {
  if (k?.complete === false) setTimeout(() => everyRowReader().catch(() => undefined));
});

const client: PopupClient = {
  request,
  openOptions: () => {
    void browser.runtime.openOptionsPage();
  },
  // Read here, after the first screen; the reader is loaded only when there is more than one screen.
  everyRow: async (first) => ({ ...first, ...(await (await everyRowReader()).readEveryRow()), complete: true }),
};

adoptStyles(document, tokensCss(':root') + controlsCss + popupCss);
render(<PopupApp client={client} firstScreen={firstScreen} kept={kept} />, document.getElementById('app')!);
