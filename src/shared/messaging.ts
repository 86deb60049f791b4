// The client side of the protocol: typed requests from content scripts and
// extension pages to the background.
import { browser } from './browser';
import type { Answer, AnswerOf, Payload, RequestType } from './protocol';

export class RequestError extends Error {}

export async function request<T extends RequestType>(type: T, payload: Payload<T>): Promise<AnswerOf<T>> {
  const answer = (await browser.runtime.sendMessage({ type, payload })) as Answer<AnswerOf<T>> | undefined;
  if (!answer) throw new RequestError('FollowThrough did not answer. Reload the page and try again.');
  if (!answer.ok) throw new RequestError(answer.error);
  return answer.result;
}
