// What the popup needs from the outside world, as one object: tests pass a
// fake, main.tsx passes the real protocol client.
import type { Overview } from '../../shared/views';
import type { RequestFn } from '../shared/client';

export { errorText, type RequestFn } from '../shared/client';

export interface PopupClient {
  request: RequestFn;
  openOptions: () => void;
  /** Every row, after a first screen that held only some (`first`); when absent or failing, asked of the background. */
  everyRow?: (first: Overview) => Promise<Overview>;
}
