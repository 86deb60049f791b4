// The options page.
import { render } from 'preact';
import { toneRules } from '../../core/tone';
import { browser } from '../../shared/browser';
import { request } from '../../shared/messaging';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { saveFile } from '../shared/save-file';
import { tokensCss } from '../shared/tokens';
import type { OptionsClient } from './options-client';
import { OptionsApp } from './options-app';
import { optionsCss } from './options-css';

const client: OptionsClient = {
  watchSettings: (onChange) => {
    // Settings sync from other browsers; the popup's Ignore changes the lists: read again on either.
    const listener = (_: unknown, area: string) => {
      if (area === 'sync') onChange();
    };
    const visible = () => {
      if (document.visibilityState === 'visible') onChange();
    };
    browser.storage.onChanged.addListener(listener);
    document.addEventListener('visibilitychange', visible);
    return () => {
      browser.storage.onChanged.removeListener(listener);
      document.removeEventListener('visibilitychange', visible);
    };
  },
  request,
  download: saveFile,
};

adoptStyles(document, tokensCss(':root') + controlsCss + optionsCss);
render(<OptionsApp client={client} rules={toneRules} />, document.getElementById('app')!);
