// Entry point for the content script: shows the pre-send dialog in the mail
// page, inside an open shadow root on <followthrough-presend>, and resolves
// with the user's choice. The dialog removes itself once answered. It shows
// only what the page already has: the draft's own words (the findings quote
// them) and the recipient's name as the compose shows it (#17).
import { render } from 'preact';
import type { ToneReport } from '../../core/tone';
import type { PresendActions, PresendChoice } from '../../content/compose-ui-api';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { shadowRootCss } from '../shared/tokens';
import { PresendDialog } from './presend-dialog';
import { presendCss } from './presend-css';

const HOST_TAG = 'followthrough-presend';
/** The host covers the viewport; the backdrop and the dialog sit inside it. */
const PRESEND_HOST = 'position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;';
let open: { close: (choice: PresendChoice) => void } | null = null;

export function showPresendDialog(report: ToneReport, recipientName: string | null, actions: PresendActions): Promise<PresendChoice> {
  // Only one question at a time: one still open (another compose's) is answered "Edit", which keeps its draft.
  open?.close('edit');
  const host = document.createElement(HOST_TAG);
  const previous = document.activeElement as HTMLElement | null;
  return new Promise<PresendChoice>((resolve) => {
    let mountPoint: HTMLElement | null = null;
    const close = (choice: PresendChoice) => {
      if (open?.close === close) open = null;
      try {
        if (mountPoint) render(null, mountPoint);
      } finally {
        host.remove();
      }
      if (choice !== 'send' && previous?.isConnected) previous.focus();
      resolve(choice);
    };
    try {
      const shadow = host.attachShadow({ mode: 'open' });
      adoptStyles(shadow, shadowRootCss(PRESEND_HOST, controlsCss, presendCss));
      mountPoint = document.createElement('div');
      mountPoint.className = 'ft-root';
      shadow.append(mountPoint);
      document.body.append(host);
      render(<PresendDialog report={report} name={recipientName} sleepOnIt={actions.sleepOnIt} onChoice={close} />, mountPoint);
      open = { close };
    } catch (err) {
      // Nothing half-mounted stays behind, and this failure is not the next press's answer.
      host.remove();
      throw err;
    }
  });
}
