// The toolbar popup (also opened as a tab by the end-to-end tests).
import { render } from 'preact';
import { browser } from '../../shared/browser';
import { request } from '../../shared/messaging';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { tokensCss } from '../shared/tokens';
import type { PopupClient } from './client';
import { popupCss } from './popup-css';
import { PopupApp } from './popup-app';

const client: PopupClient = {
  request,
  openOptions: () => {
    void browser.runtime.openOptionsPage();
  },
};

adoptStyles(document, tokensCss(':root') + controlsCss + popupCss);
render(<PopupApp client={client} />, document.getElementById('app')!);
