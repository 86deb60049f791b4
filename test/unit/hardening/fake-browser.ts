// A stand-in for the WebExtension API, enough to run the whole background
// (src/background/index.ts) in node: listeners are captured so a test can
// deliver messages with any sender, as the browser would.
type Listener = (...args: never[]) => unknown;

export function fakeBrowser(extensionId = 'abcdefghijklmnopabcdefghijklmnop') {
  const sync = new Map<string, unknown>();
  const local = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const badge = { text: '', color: '' as unknown, title: '' };
  const listeners: Record<string, Listener[]> = {};
  const on = (name: string) => ({ addListener: (l: Listener) => void (listeners[name] ??= []).push(l), removeListener: () => undefined });
  const area = (m: Map<string, unknown>) => ({
    get: async (keys: null | string | string[]) => {
      const wanted = keys === null ? [...m.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => m.has(k)).map((k) => [k, structuredClone(m.get(k))]));
    },
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, structuredClone(v))),
    remove: async (keys: string | string[]) => void (typeof keys === 'string' ? [keys] : keys).forEach((k) => m.delete(k)),
    clear: async () => m.clear(),
  });
  const origin = `chrome-extension://${extensionId}/`;
  const browser = {
    runtime: { id: extensionId, getURL: (p: string) => origin + p, onMessage: on('message'), onInstalled: on('installed'), onStartup: on('startup') },
    storage: { sync: area(sync), local: area(local), session: area(session), onChanged: on('storageChanged') },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: unknown }) => void (badge.color = color),
      setTitle: async ({ title }: { title: string }) => void (badge.title = title),
      getBadgeText: async () => badge.text,
    },
    alarms: { getAll: async () => [], create: async () => undefined, clear: async () => true, onAlarm: on('alarm') },
    notifications: { create: async () => '', clear: async () => true, onClicked: on('notificationClicked') },
    tabs: { create: async () => ({}) },
  };
  /** Delivers a message as the browser would, and waits for the answer. */
  const send = async (message: unknown, sender: object): Promise<{ ok: boolean; error?: string; result?: unknown }> => {
    const [listener] = listeners.message ?? [];
    if (!listener) throw new Error('the background registered no onMessage listener');
    return (listener as unknown as (m: unknown, s: object) => Promise<{ ok: boolean; error?: string }>)(message, sender);
  };
  return {
    browser,
    sync,
    session,
    badge,
    send,
    origin,
    page: { id: extensionId, url: `${origin}src/ui/popup/index.html` },
    gmailTab: (incognito = false, tabId = 7) => ({ id: extensionId, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: tabId, incognito } }),
  };
}
