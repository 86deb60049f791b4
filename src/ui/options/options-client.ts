// What the options page needs from the outside world, as one object: tests
// pass a fake, main.tsx the real protocol. Settings and ignore lists are read
// and changed only through the background (#18).
import type { RequestFn } from '../shared/client';

export interface OptionsClient {
  request: RequestFn;
  /** Calls back when settings or ignore lists may have changed elsewhere (another browser, the popup); returns a stop function. */
  watchSettings: (onChange: () => void) => () => void;
  download: (filename: string, mime: string, text: string) => void;
}
