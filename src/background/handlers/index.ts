// Every request of the protocol, and the function that answers it.
import type { Handlers } from '../router';
import { onLoadComposeUi } from './compose-ui';
import { onDeleteAll, onExport, onImport } from './data';
import { onComposeContext, onReading, onSent, onSleepOnIt } from './mail';
import { onCadence, onClose, onIgnore, onLogTouch, onNextStep, onOpenThread, onOverview, onSnooze, onTrack } from './prospects';
import { onIgnoreAdd, onIgnoreRemove, onSettingsGet, onSettingsSave, onSidebarCollapse } from './settings';
import { onHealth, onHealthGet, onOutline } from './page-health';

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
  'prospect/cadence': onCadence,
  'data/export': onExport,
  'data/import': onImport,
  'data/delete-all': onDeleteAll,
  'settings/get': onSettingsGet,
  'settings/save': onSettingsSave,
  'sidebar/collapse': onSidebarCollapse,
  'ignore/add': onIgnoreAdd,
  'ignore/remove': onIgnoreRemove,
} satisfies Handlers;
