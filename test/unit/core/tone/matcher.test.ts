// The matcher's index (first two words, and the anchor slots that must occur
// within a frame's reach) is only a shortcut: it must find exactly what trying
// every frame at every token finds.
import { describe, expect, it } from 'vitest';
import { longDraft } from '../../../../bench/lib/drafts';
import { matchOrVeto, parseFrame } from '../../../../src/core/tone/frame';
import { lexicon } from '../../../../src/core/tone/lexicon';
import { buildMatcher } from '../../../../src/core/tone/matcher';
import { newTextOf } from '../../../../src/core/tone/new-text';
import { normalise } from '../../../../src/core/tone/normalise';
import { allRules } from '../../../../src/core/tone/rules';
import { CLAUSE_END, isClauseEnd, isSentenceEnd, SENTENCE_END, tokenise, type Tokens } from '../../../../src/core/tone/tokens';
import { allToneCases } from '../../../fixtures/tone';

const frames = allRules.flatMap((rule) => rule.frames.flatMap((source) => parseFrame(source, lexicon).map((frame) => ({ rule, frame }))));

function everyFrameEverywhere(t: Tokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.word.length; i++) {
    for (const { rule, frame } of frames) {
      const end = matchOrVeto(frame, t, i);
      if (end > i) out.push(`${rule.id} ${t.start[i]} ${t.end[end - 1]}`);
      else if (-2 - end > i) out.push(`${rule.id} ${t.start[i]} ${t.end[-3 - end]} vetoed`);
    }
  }
  return out.sort();
}

describe('buildMatcher', () => {
  const scan = buildMatcher(allRules);
  const texts = [...allToneCases.map((c) => c.text), longDraft(2000), '3 emails and 2 calls, and 4th time asking: 5 times now?'];

  it('finds what trying every frame at every token finds', () => {
    for (const text of texts) {
      const t = tokenise(normalise(text, newTextOf(text)).text);
      const found = scan(t).map((m) => `${m.rule.id} ${m.start} ${m.end}${m.vetoed ? ' vetoed' : ''}`).sort();
      expect(found).toEqual(everyFrameEverywhere(t));
    }
  });

  it('tests sentence and clause ends by char code exactly as the sets do', () => {
    const words = ['', 'a', '..', 'x.', '.x', '?!', ...Array.from({ length: 600 }, (_, c) => String.fromCharCode(c))];
    for (const w of words) {
      expect(isSentenceEnd(w), JSON.stringify(w)).toBe(SENTENCE_END.has(w));
      expect(isClauseEnd(w), JSON.stringify(w)).toBe(CLAUSE_END.has(w));
    }
  });
});
