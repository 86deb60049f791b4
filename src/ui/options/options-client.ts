// What the options page needs from the outside world, as one object: tests
// pass a fake, main.tsx the real storage and protocol.
import type { Settings } from '../../shared/settings';
import type { RequestFn } from '../shared/client';

export interface OptionsClient {
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  /** Calls back when settings change elsewhere (the popup ignoring someone); returns a stop function. */
  watchSettings: (onChange: () => void) => () => void;
  request: RequestFn;
  download: (filename: string, mime: string, text: string) => void;
}
