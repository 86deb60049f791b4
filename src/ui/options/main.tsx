// The options page.
import { render } from 'preact';
import { toneRules } from '../../core/tone';
import { browser } from '../../shared/browser';
import { request } from '../../shared/messaging';
import { parseSettings } from '../../shared/settings';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { saveFile } from '../shared/save-file';
import { tokensCss } from '../shared/tokens';
import type { OptionsClient } from './options-client';
import { OptionsApp } from './options-app';
import { optionsCss } from './options-css';

const client: OptionsClient = {
  loadSettings: async () => parseSettings(await browser.storage.sync.get(null)),
  saveSettings: (settings) => browser.storage.sync.set(settings),
  watchSettings: (onChange) => {
    const listener = (_: unknown, area: string) => {
      if (area === 'sync') onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  request,
  download: saveFile,
};

adoptStyles(document, tokensCss(':root') + controlsCss + optionsCss);
render(<OptionsApp client={client} rules={toneRules} />, document.getElementById('app')!);
