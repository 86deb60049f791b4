// The toolbar popup (also opened as a tab by the end-to-end tests).
import { render } from 'preact';
import { browser } from '../../shared/browser';
import { request } from '../../shared/messaging';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { tokensCss } from '../shared/tokens';
import type { PopupClient } from './client';
import { popupCss } from './popup-css';
import { FIRST_SCREEN_ROWS, PopupApp } from './popup-app';

// Asked for before anything renders: the background works on it while the
// page sets up (#18).
const firstScreen = request('overview/get', { limit: FIRST_SCREEN_ROWS });
// The app reports a failure; until it listens, this keeps it from counting as unhandled.
firstScreen.catch(() => undefined);

const client: PopupClient = {
  request,
  openOptions: () => {
    void browser.runtime.openOptionsPage();
  },
};

adoptStyles(document, tokensCss(':root') + controlsCss + popupCss);
render(<PopupApp client={client} firstScreen={firstScreen} />, document.getElementById('app')!);
