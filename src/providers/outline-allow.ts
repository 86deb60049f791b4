// What a page outline keeps verbatim, derived from the two selector tables so
// that a change to a table flows into the outline (#15): the classes, ids and
// attributes the readers' selectors test, and the literal attribute values
// they compare against ("From:", "true", "_SUBJECT", ...). Anything else is
// dropped or replaced by its shape.
import type { ProviderId } from '../shared/readings';
import { ME_NAMES } from './gmail/account';
import { gmailSelectors } from './gmail/selectors';
import * as outlookWords from './outlook/locale';
import { SELECTORS as outlookSelectors } from './outlook/selectors';

export interface TableEntry {
  readonly id: string;
  readonly css: string;
  readonly attr?: string;
}
export type Table = Record<string, readonly TableEntry[]>;

export const SELECTOR_TABLES: Readonly<Record<ProviderId, Table>> = { gmail: gmailSelectors, outlook: outlookSelectors };

export type LiteralOp = '=' | '^=' | '$=' | '*=' | '~=' | '|=';
export interface Literal {
  readonly op: LiteralOp;
  readonly value: string;
}

export interface AllowList {
  /** Classes the selectors test. Other class names are kept too when they look like the app's own (see outline.ts). */
  readonly classes: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
  /** Per attribute (lower case), the values selectors compare against. `id` includes `#id` literals. */
  readonly literals: ReadonlyMap<string, readonly Literal[]>;
  /** Selectors whose elements hold message content or a draft: kept as empty markers. */
  readonly contentCss: string;
  readonly draftCss: string;
  /** Whole texts kept as they are: the UI words the readers recognise ("From:", "Send", "me"), never a person's. */
  readonly vocabulary: ReadonlySet<string>;
}

/** Every string in the readers' word lists (Outlook's locale module, Gmail's "me" names), whatever their names. */
function readerWords(): string[] {
  const flat = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(flat) : []);
  return [...Object.values(outlookWords).flatMap(flat), ...ME_NAMES, 'Gmail', 'Outlook'];
}

// Kept on every element whatever the tables say: structure, visibility and
// the labels people-readers look at. Their values are still shaped.
const STRUCTURAL = ['id', 'role', 'lang', 'dir', 'hidden', 'aria-hidden', 'aria-expanded', 'aria-label', 'title', 'name', 'type', 'value', 'contenteditable', 'style'];

// Message bodies as the issue names them (#15), whether or not a table lists them yet.
const BODY_CSS = ['div.ii.gt', '.a3s', 'div[id^="UniqueMessageBody"]', '[role=document]'];

const ATTRIBUTE = /\[\s*([\w:-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+)))?\s*(?:[is]\s*)?\]/g;

/** The parts of a selector list: attribute tests, then classes and ids outside the brackets. */
function partsOf(css: string): { attrs: { name: string; op?: LiteralOp; value?: string }[]; classes: string[]; ids: string[] } {
  const attrs: { name: string; op?: LiteralOp; value?: string }[] = [];
  for (const m of css.matchAll(ATTRIBUTE)) {
    attrs.push({ name: m[1]!.toLowerCase(), op: m[2] as LiteralOp | undefined, value: m[3] ?? m[4] ?? m[5] });
  }
  const bare = css.replace(ATTRIBUTE, ' ');
  const classes = Array.from(bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1]!);
  const ids = Array.from(bare.matchAll(/#(-?[_a-zA-Z][\w-]*)/g), (m) => m[1]!);
  return { attrs, classes, ids };
}

function fieldCss(tables: readonly Table[], name: RegExp): string[] {
  return tables.flatMap((t) => Object.entries(t).filter(([field]) => name.test(field)).flatMap(([, entries]) => entries.map((e) => e.css)));
}

/** From `tables`; message content and drafts by `own`'s body and editor fields (another provider's may match a recipient field). */
export function allowListOf(tables: readonly Table[], own: Table): AllowList {
  const classes = new Set<string>();
  const attributes = new Set<string>(STRUCTURAL);
  const literals = new Map<string, Literal[]>();
  const addLiteral = (name: string, op: LiteralOp, value: string) => {
    if (!value) return;
    const list = literals.get(name) ?? [];
    if (!list.some((l) => l.op === op && l.value === value)) list.push({ op, value });
    literals.set(name, list);
  };
  const cssList = [...tables.flatMap((t) => Object.values(t).flatMap((entries) => entries)), ...BODY_CSS.map((css): TableEntry => ({ id: 'body', css }))];
  for (const entry of cssList) {
    if (entry.attr) attributes.add(entry.attr.toLowerCase());
    const parts = partsOf(entry.css);
    parts.classes.forEach((c) => classes.add(c));
    parts.ids.forEach((id) => addLiteral('id', '=', id));
    for (const a of parts.attrs) {
      attributes.add(a.name);
      if (a.op && a.value !== undefined) addLiteral(a.name, a.op, a.value);
    }
  }
  // Longest first, so "Rückgängig machen" wins over "Rückgängig".
  for (const list of literals.values()) list.sort((a, b) => b.value.length - a.value.length);
  return {
    classes,
    attributes,
    literals,
    contentCss: [...BODY_CSS, ...fieldCss([own], /body/i)].join(', '),
    draftCss: fieldCss([own], /editor/i).join(', '),
    vocabulary: new Set([...readerWords(), ...[...literals.values()].flatMap((l) => l.map((x) => x.value))].filter((w) => w.trim().length > 0 && !w.includes('@'))),
  };
}

const cached = new Map<ProviderId, AllowList>();

/** The allow-list of both providers' tables, for a page of `provider`. */
export function readerAllowList(provider: ProviderId): AllowList {
  let list = cached.get(provider);
  if (!list) cached.set(provider, (list = allowListOf(Object.values(SELECTOR_TABLES), SELECTOR_TABLES[provider])));
  return list;
}
