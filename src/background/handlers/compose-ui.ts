// Injects the compose UI bundle (tone coach, sidebar, pre-send dialog) into
// the mail frame whose content script found its first compose window. It runs
// in that content script's isolated world (the default for executeScript), so
// the two share a global and the page sees neither. The file is our own,
// packaged with the extension: nothing is fetched.
import { COMPOSE_UI_FILE } from '../../shared/compose-ui-file';
import { browser } from '../../shared/browser';
import type { Answers, ParsedPayload } from '../../shared/protocol';
import type { HandlerContext } from '../router';

export async function onLoadComposeUi(_payload: ParsedPayload<'compose/load-ui'>, ctx: HandlerContext): Promise<Answers['compose/load-ui']> {
  const tabId = ctx.sender.tab?.id;
  // The router only lets content scripts in a mail tab send this, so there is a tab; say so plainly if not.
  if (typeof tabId !== 'number') throw new Error('No tab to load the compose UI into.');
  const frameId = (ctx.sender as { frameId?: number }).frameId ?? 0;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COMPOSE_UI_FILE] });
  return { loaded: true as const };
}
