// After an extension update the old content script is orphaned: it stops
// quietly and shows one small notice, once, in its own shadow root.
let shown = false;

export function showUpdatedNotice(): void {
  if (shown || !document.body) return;
  shown = true;
  const host = document.createElement('followthrough-notice');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial;position:fixed;z-index:2147483646;bottom:16px;left:16px}
  div{font:13px/1.4 system-ui,sans-serif;background:#1f2937;color:#fff;padding:10px 12px;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);display:flex;gap:10px;align-items:center}
  button{font:inherit;background:transparent;color:#93c5fd;border:0;cursor:pointer;padding:0}`;
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = 'FollowThrough was updated: reload to continue.';
  const reload = document.createElement('button');
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => location.reload());
  const close = document.createElement('button');
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => host.remove());
  box.append(reload, close);
  root.append(style, box);
  document.body.append(host);
}
