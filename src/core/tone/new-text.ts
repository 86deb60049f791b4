// The user's own words in a draft: what is left after the quoted thread and the
// signature are taken away. Only this text is judged; a prospect's old message
// or the user's standing signature is not something they are writing now.

export interface TextSpan {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

// Headers that start the quoted thread: Gmail's "On … wrote:" (also split over
// two lines, and in a few languages), Outlook's separators and forward markers.
const QUOTE_INTRO = /^\s*(?:on\b.{0,300}\bwrote:|le\b.{0,300}\ba écrit\s?:|am\b.{0,300}\bschrieb\b.{0,80}:|el\b.{0,300}\bescribió:|op\b.{0,300}\bschreef\b.{0,80}:|il\b.{0,300}\bha scritto:|em\b.{0,300}\bescreveu:|den\b.{0,300}\bskrev\b.{0,80}:|w dniu\b.{0,300}\bnapisał(?:\(a\)|a)?:)\s*$/i;
// Apple Mail's forward ("Begin forwarded message:") and the dashed separators of the others.
const SEPARATOR = /^\s*(?:-{2,}\s*(?:original message|forwarded message|mensaje original|message d'origine|ursprüngliche nachricht|weitergeleitete nachricht|mensagem original|messaggio originale)\s*-{2,}|begin forwarded message:|_{10,}|-{20,})\s*$/i;
// A company's legal footer after the user's words ("CONFIDENTIALITY NOTICE: This email and any
// attachments…"): boilerplate the user did not write now, however long its lines.
const DISCLAIMER = /^\s*(?:\*+\s*)?(?:(?:confidentiality|privacy|legal)(?: notice| note| statement)?\s*[:-]|disclaimer\s*[:-]|important(?: notice)?\s*:\s*this (?:e-?mail|message)|if you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error))/i;
// Footer openings that a person might also write in a draft of their own ("This email is intended
// for whoever runs procurement"): a footer only after a sign-off.
const DISCLAIMER_AFTER_SIGN_OFF = /^\s*(?:this (?:e-?mail|message|communication|transmission)(?:,? (?:and|including|together with) (?:any|its) (?:attachments?|files?)(?: transmitted with it)?,?)? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged|intended (?:only |solely )?for)|the information (?:contained )?in this (?:e-?mail|message|communication))/i;
const HEADER_FROM = /^\s*\*?(?:from|von|de)\s*:\*?\s/i;
const HEADER_NEXT = /^\s*\*?(?:sent|date|to|subject|gesendet|envoyé|enviado)\s*:/i;
const QUOTED_LINE = /^\s*>/;
const SIG_DELIMITER = /^--\s?$/;
const MOBILE_SIG = /^\s*(?:sent from my \w+|get outlook for \w+|sent from (?:outlook|mail) for \w+|sent from yahoo mail)/i;
const VALEDICTION = /^\s*(?:best(?: regards| wishes)?|kind regards|warm(?:est)? regards|regards|thanks(?: again| so much)?|thank you|many thanks|cheers|sincerely|warmly|talk soon|all the best|speak soon|thx|best,? and thanks)\s*[,.!-]*\s*$/i;
const POSTSCRIPT = /^\s*p\.?\s?s\.?\b/i;

function splitLines(draft: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= draft.length; i++) {
    if (i === draft.length || draft.charCodeAt(i) === 10) {
      const end = i > start && draft.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ start, end, text: draft.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** Index of the first line of the quoted thread, or lines.length when none. */
function quoteStart(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 400) continue;
    if (QUOTE_INTRO.test(t) || SEPARATOR.test(t)) return i;
    // Gmail wraps a long "On …, Name <address> wrote:" over two lines.
    const next = lines[i + 1]?.text;
    if (/^\s*on\s/i.test(t) && next !== undefined && /\bwrote:\s*$/i.test(next) && t.length + next.length < 400) return i;
    if (HEADER_FROM.test(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        if (HEADER_NEXT.test(lines[j]!.text)) return i;
      }
    }
  }
  return lines.length;
}

/** Signature lines before `limit` to leave out, as [from, to), or null when none is found. */
function signatureRange(lines: Line[], limit: number): [number, number] | null {
  for (let i = 0; i < limit; i++) {
    if (SIG_DELIMITER.test(lines[i]!.text) || MOBILE_SIG.test(lines[i]!.text)) return [i, limit];
  }
  // A legal footer, once something of the user's own comes before it: it and what follows are
  // left out, and a sign-off before it is looked for above it.
  const footer = lines.findIndex(
    (l, i) =>
      i > 0 &&
      i < limit &&
      (DISCLAIMER.test(l.text) || (DISCLAIMER_AFTER_SIGN_OFF.test(l.text) && lines.slice(0, i).some((p) => VALEDICTION.test(p.text)))) &&
      lines.slice(0, i).some((p) => p.text.trim() !== ''),
  );
  if (footer > 0) {
    const above = signatureRange(lines, footer);
    // The signature above the footer goes with it, unless a P.S. sits between them.
    return [above && above[1] === footer ? above[0] : footer, limit];
  }
  // A sign-off line near the end: what follows is name, title, phone, taglines,
  // unless the user added a P.S., which is their own words again.
  for (let i = limit - 1; i >= 0; i--) {
    if (!VALEDICTION.test(lines[i]!.text)) continue;
    const rest = lines.slice(i + 1, limit).filter((l) => l.text.trim() !== '');
    // A signature is a few short lines; prose after "Thanks!" is still the user writing.
    if (rest.length > 10 || rest.some((l) => l.text.length > 90 || l.text.split(/\s+/).length > 12)) return null;
    for (let j = i + 1; j < limit; j++) if (POSTSCRIPT.test(lines[j]!.text)) return [i + 1, j];
    return [i + 1, limit];
  }
  return null;
}

export function newTextOf(draft: string): TextSpan[] {
  const lines = splitLines(draft);
  const quote = quoteStart(lines);
  const sig = signatureRange(lines, quote);
  const keep = lines.map((l, i) => i < quote && !QUOTED_LINE.test(l.text) && !(sig && i >= sig[0] && i < sig[1]));
  const spans: TextSpan[] = [];
  let open: TextSpan | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!keep[i]) open = null;
    else if (open) open.end = line.end;
    else if (line.text.trim() !== '') {
      open = { start: line.start, end: line.end };
      spans.push(open);
    }
  }
  return spans.map(trim(draft)).filter((s) => s.end > s.start);
}

function trim(draft: string) {
  return (s: TextSpan): TextSpan => {
    let { start, end } = s;
    while (start < end && /\s/.test(draft[start]!)) start++;
    while (end > start && /\s/.test(draft[end - 1]!)) end--;
    return { start, end };
  };
}
