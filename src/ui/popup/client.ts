// What the popup needs from the outside world, as one object: tests pass a
// fake, main.tsx passes the real protocol client.
import type { AnswerOf } from '../../background/handlers';
import type { Payload, RequestType } from '../../shared/protocol';

export type RequestFn = <T extends RequestType>(type: T, payload: Payload<T>) => Promise<AnswerOf<T>>;

export interface PopupClient {
  request: RequestFn;
  openOptions: () => void;
}

/** The message a failed request carries (RequestError's is written to be shown). */
export function errorText(err: unknown): string {
  return err instanceof Error && err.message ? err.message : 'Something went wrong. Try again.';
}
