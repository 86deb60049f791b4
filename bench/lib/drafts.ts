// Follow-up drafts of a given length for the tone benchmarks: the labelled
// corpus's drafts (quoted history stripped), good and bad mixed, joined until
// the length is reached, so the coach has real findings to show.
import { allToneCases } from '../../test/fixtures/tone';

export function longDraft(words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = allToneCases[i % allToneCases.length]!.text.replace(/\n(On |From:|>|_{5}|-{5}).*/gs, '').trim();
    parts.push(text);
    count += text.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}
