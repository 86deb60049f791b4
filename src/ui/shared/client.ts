// The typed request function extension pages call, as a value they can be
// handed (tests pass a fake), and how a failure reads.
import type { AnswerOf, Payload, RequestType } from '../../shared/protocol';

export type RequestFn = <T extends RequestType>(type: T, payload: Payload<T>) => Promise<AnswerOf<T>>;

/** The message a failed request carries (RequestError's is written to be shown). */
export function errorText(err: unknown): string {
  return err instanceof Error && err.message ? err.message : 'Something went wrong. Try again.';
}
