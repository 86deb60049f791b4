// Settings and ignore lists, owned by the background (#18): the options page
// reads and changes them only through these requests.
import type { Answers, ParsedPayload, SettingsView } from '../../shared/protocol';
import { refreshBadge } from '../badge';
import { store } from '../context';

async function view(now: number): Promise<SettingsView> {
  const [settings, list] = await Promise.all([store.settings(now), store.ignoreList()]);
  return { settings, ignored: { people: [...list.ignoredPeople], domains: [...list.ignoredDomains] } };
}

export function onSettingsGet(): Promise<Answers['settings/get']> {
  return view(Date.now());
}

/** A cadence change recomputes every open status inside saveSettings; the badge follows at once. */
export async function onSettingsSave({ patch }: ParsedPayload<'settings/save'>): Promise<Answers['settings/save']> {
  const now = Date.now();
  await store.saveSettings(patch, now);
  await refreshBadge(now);
  return view(now);
}

export async function onSidebarCollapse({ collapsed }: ParsedPayload<'sidebar/collapse'>): Promise<Answers['sidebar/collapse']> {
  await store.saveSettings({ sidebarCollapsed: collapsed }, Date.now());
  return { ok: true };
}

export async function onIgnoreAdd({ kind, value }: ParsedPayload<'ignore/add'>): Promise<Answers['ignore/add']> {
  const now = Date.now();
  const removed = await store.ignore(kind, value, now);
  await refreshBadge(now);
  return { ...(await view(now)), removed };
}

export async function onIgnoreRemove({ kind, value }: ParsedPayload<'ignore/remove'>): Promise<Answers['ignore/remove']> {
  await store.unignore(kind, value);
  return view(Date.now());
}
