// What the popup needs from the outside world, as one object: tests pass a
// fake, main.tsx passes the real protocol client.
import type { RequestFn } from '../shared/client';

export { errorText, type RequestFn } from '../shared/client';

export interface PopupClient {
  request: RequestFn;
  openOptions: () => void;
}
