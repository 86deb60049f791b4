// Entry point for the content script: shows the pre-send dialog in the mail
// page, inside an open shadow root on <followthrough-presend>, and resolves
// with the user's choice. The dialog removes itself once answered.
import { render } from 'preact';
import type { ToneReport } from '../../core/tone';
import type { ComposeContext } from '../../shared/views';
import { adoptStyles } from '../shared/adopt-styles';
import { controlsCss } from '../shared/controls-css';
import { hostResetCss, tokensCss } from '../shared/tokens';
import { PresendDialog, type PresendChoice } from './presend-dialog';
import { presendCss } from './presend-css';

const HOST_TAG = 'followthrough-presend';
let open: { host: Element; answer: Promise<PresendChoice> } | null = null;

export function showPresendDialog(report: ToneReport, context: ComposeContext | null): Promise<PresendChoice> {
  // A second Send press while the dialog is up is the same question.
  // If the page removed our host, that question is gone: ask again.
  if (open?.host.isConnected) return open.answer;
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, hostResetCss + tokensCss(':host') + controlsCss + presendCss);
  const mountPoint = document.createElement('div');
  shadow.append(mountPoint);
  document.body.append(host);
  const previous = document.activeElement as HTMLElement | null;

  const answer = new Promise<PresendChoice>((resolve) => {
    const choose = (choice: PresendChoice) => {
      render(null, mountPoint);
      host.remove();
      open = null;
      if (choice !== 'send' && previous?.isConnected) previous.focus();
      resolve(choice);
    };
    render(<PresendDialog report={report} context={context} onChoice={choose} />, mountPoint);
  });
  open = { host, answer };
  return answer;
}
