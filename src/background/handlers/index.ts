// Every request of the protocol, and the function that answers it.
import type { Handlers } from '../router';
import { onLoadComposeUi } from './compose-ui';
import { onDeleteAll, onExport, onImport } from './data';
import { onComposeContext, onReading, onSent, onSleepOnIt } from './mail';
import { onHealth, onHealthGet, onOutline } from './page-health';
import { onClose, onIgnore, onLogTouch, onNextStep, onOpenThread, onOverview, onSnooze, onTrack } from './prospects';

export const handlers = {
  'page/reading': onReading,
  'page/health': onHealth,
  'health/get': onHealthGet,
  'page/outline': onOutline,
  'compose/context': onComposeContext,
  'compose/sent': onSent,
  'compose/sleep-on-it': onSleepOnIt,
  'compose/load-ui': onLoadComposeUi,
  'prospect/track': onTrack,
  'overview/get': onOverview,
  'prospect/log-touch': onLogTouch,
  'prospect/snooze': onSnooze,
  'prospect/next-step': onNextStep,
  'prospect/close': onClose,
  'prospect/ignore': onIgnore,
  'prospect/open-thread': onOpenThread,
  'data/export': onExport,
  'data/import': onImport,
  'data/delete-all': onDeleteAll,
  'status/get': async () => ({ ready: true as const }),
} satisfies Handlers;

export type AnswerOf<T extends keyof typeof handlers> = Awaited<ReturnType<(typeof handlers)[T]>>;
