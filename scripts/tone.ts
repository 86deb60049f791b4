// npm run tone -- FILE...   Check follow-up drafts and sequence templates (.txt, .md, .eml)
// with the tone coach (issue 4). Exit 1 when any finding is `warn` or above, so a
// team can keep its templates clean in CI; 2 on a usage error.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { checkDraft, severityRank, toneRules, type ToneReport } from '../src/core/tone';

const USAGE = `usage: npm run tone -- [--json] [--disable rule,rule] [--rules] [FILE...]
  Checks .txt, .md and .eml drafts; reads standard input when no FILE is given.
  A first line "Subject: ..." in .txt/.md is used as the subject.
  Exit status: 1 when a finding at warn or above exists, 0 otherwise, 2 on a usage error.`;

interface Draft {
  /** The text checked. */
  text: string;
  subject?: string;
  /** Where `text` starts in the file, for line:col; null when the text was decoded. */
  offset: number | null;
  /** The file's own text, to turn offsets into lines. */
  raw: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let json = false;
  let listRules = false;
  const disabled: string[] = [];
  const known = new Set(toneRules.map((r) => r.id));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--rules') listRules = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a === '--disable' || a.startsWith('--disable=')) {
      const value = a === '--disable' ? argv[++i] : a.slice('--disable='.length);
      if (!value) throw new UsageError('--disable needs a rule list');
      for (const id of value.split(',')) {
        if (!known.has(id)) throw new UsageError(`unknown rule: ${id}`);
        disabled.push(id);
      }
    } else if (a === '-') files.push(a);
    else if (a.startsWith('-')) throw new UsageError(`unknown option: ${a}`);
    else files.push(a);
  }
  return { files, json, listRules, disabled };
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Headers (unfolded, lower-cased names) and the body start of one MIME entity. */
function splitEntity(raw: string): { headers: Map<string, string>; bodyStart: number } {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return { headers, bodyStart: m ? m.index + m[0].length : raw.length };
}

/** The text/plain body of an .eml; enough MIME for what webmail exports. */
function readEml(raw: string): Draft {
  const top = splitEntity(raw);
  const subject = top.headers.get('subject');
  let entity = top;
  let base = 0;
  const boundary = /boundary="?([^";]+)"?/i.exec(top.headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    const parts = raw.slice(top.bodyStart).split(`--${boundary}`);
    let at = top.bodyStart;
    for (const part of parts) {
      const e = splitEntity(part.replace(/^\r?\n/, ''));
      const lead = part.length - part.replace(/^\r?\n/, '').length;
      if (/^text\/plain/i.test(e.headers.get('content-type') ?? '')) {
        entity = e;
        base = at + lead;
        break;
      }
      at += part.length + boundary.length + 2;
    }
  }
  const body = raw.slice(base + entity.bodyStart).split(boundary ? `\n--${boundary}` : '\u0000')[0]!;
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const withSubject = subject === undefined ? {} : { subject };
  if (encoding === 'quoted-printable') return { text: decodeQuotedPrintable(body), offset: null, raw, ...withSubject };
  if (encoding === 'base64') return { text: Buffer.from(body, 'base64').toString('utf8'), offset: null, raw, ...withSubject };
  return { text: body, offset: base + entity.bodyStart, raw, ...withSubject };
}

function readDraft(file: string, raw: string): Draft {
  if (extname(file).toLowerCase() === '.eml') return readEml(raw);
  const m = /^subject:[ \t]*(.*)\r?\n/i.exec(raw);
  if (m) return { text: raw.slice(m[0].length), subject: m[1]!.trim(), offset: m[0].length, raw };
  return { text: raw, offset: 0, raw };
}

function lineCol(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
  return `${line}:${offset - last}`;
}

function printRules(): void {
  for (const r of toneRules) {
    console.log(`${r.id} (${r.category}): ${r.title}\n  ${r.description}\n  e.g. ${r.examples.join(' | ')}\n  better: ${r.better}\n`);
  }
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(`tone: ${e.message}`);
      console.error(USAGE);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  if (args.listRules) {
    printRules();
    return 0;
  }
  const inputs = args.files.length === 0 ? ['-'] : args.files;
  let failing = false;
  for (const file of inputs) {
    const ext = extname(file).toLowerCase();
    if (file !== '-' && !['.txt', '.md', '.eml'].includes(ext)) {
      console.error(`tone: ${file}: expected a .txt, .md or .eml file`);
      return 2;
    }
    let raw: string;
    try {
      raw = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (e) {
      console.error(`tone: ${file}: ${(e as Error).message}`);
      return 2;
    }
    const name = file === '-' ? '<stdin>' : file;
    const draft = readDraft(file, raw);
    const report: ToneReport = checkDraft(draft.text, undefined, {
      disabledRules: args.disabled,
      ...(draft.subject === undefined ? {} : { subject: draft.subject }),
    });
    if (report.worst && severityRank(report.worst) >= severityRank('warn')) failing = true;
    if (args.json) {
      console.log(JSON.stringify({ file: name, findings: report.findings, metrics: report.metrics }));
      continue;
    }
    for (const f of report.findings) {
      // Decoded .eml bodies have no place in the file; count lines in the body instead.
      const where = f.field === 'subject' ? `subject:${f.start + 1}` : draft.offset === null ? lineCol(draft.text, f.start) : lineCol(draft.raw, draft.offset + f.start);
      console.log(`${name}:${where} ${f.severity} ${f.category} ${f.message} [${f.rule}: "${f.text.replace(/\s+/g, ' ')}"]`);
    }
  }
  return failing ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
