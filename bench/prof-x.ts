import { Window } from 'happy-dom';
import { outlookProvider } from '../src/providers/outlook';
import { outlookPage } from '../test/fixtures/outlook/build-page';
import { NOW, bigMailbox } from '../test/fixtures/outlook/sample-mailbox';
function load(html: string) { const w = new Window({ url: 'https://outlook.office.com/mail/' }); w.document.write(html); return w.document as unknown as Document; }
const list = load(outlookPage({ ...bigMailbox(100, 3), openThreadId: undefined }));
const conv = load(outlookPage(bigMailbox(1, 50)));
for (const [name, doc] of [['conv', conv]] as const) {
  const marker = doc.createElement('span');
  const ts: number[] = [];
  for (let i = 0; i < 300; i++) { doc.body.append(marker); const t = performance.now(); outlookProvider.readPage(doc, NOW); ts.push(performance.now() - t); marker.remove(); }
  ts.sort((a, b) => a - b);
  const c0 = process.cpuUsage(); for (let i = 0; i < 300; i++) { doc.body.append(marker); outlookProvider.readPage(doc, NOW); marker.remove(); } const c = process.cpuUsage(c0);
  console.log(name, 'median wall', ts[150]!.toFixed(3), 'mean cpu', ((c.user + c.system) / 1000 / 300).toFixed(3));
}
