// Every webmail surface we read, in one list. The content script picks the
// provider whose `matches` accepts the page's address.
import type { MailProvider } from './types';
import { gmailProvider } from './gmail';
import { outlookProvider } from './outlook';

export const providers: readonly MailProvider[] = [gmailProvider, outlookProvider];

export function providerFor(url: URL): MailProvider | null {
  return providers.find((p) => p.matches(url)) ?? null;
}
