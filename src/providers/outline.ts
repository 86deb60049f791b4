// A redacted outline of a mail page, for bug reports (#15). It is an HTML
// document with the page's structure (tags, roles, ids and the classes and
// attributes the readers' selector tables use), every text and personal value
// replaced by its shape, message bodies and drafts reduced to empty markers,
// no scripts and no styles but hiding. `npm run inspect` reads it like a saved
// page. Pure DOM code: the content script makes it in the page on request,
// scripts/inspect.ts and the tests make it from fixture pages.
import type { ProviderId } from '../shared/readings';
import { readerAllowList, type AllowList } from './outline-allow';
import { Shaper, shapeChars } from './outline-shape';

export const OUTLINE_MARK = 'FollowThrough page outline';
export const OUTLINE_VERSION = 1;

export interface OutlineLimits {
  /** Elements written at most; the rest is cut with a note. */
  maxElements: number;
  /** Characters kept of one text or attribute value (its shape). */
  maxValue: number;
}
export const DEFAULT_LIMITS: OutlineLimits = { maxElements: 40_000, maxValue: 160 };

export interface PageOutline {
  html: string;
  elements: number;
  /** Elements left out because the outline reached its size bound. */
  cut: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'link', 'object', 'embed', 'canvas', 'audio', 'video', 'source', 'track', 'base']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'meta', 'wbr']);
// Drawn, not read: kept as a tag without children.
const LEAF = new Set(['svg', 'math', 'iframe', 'select']);
const OUR_UI = /^followthrough-/;

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

// The mail apps' route words: kept in an outline's address, every other part is shaped.
const ROUTES = new Set(['mail', 'u', 'b', 'inbox', 'starred', 'snoozed', 'imp', 'sent', 'scheduled', 'drafts', 'all', 'spam', 'trash', 'label', 'category', 'search', 'settings', 'popout', 'compose', 'view', 'cm', 'owa', 'deeplink', 'id', 'read', 'junkemail', 'deleteditems', 'archive', 'sentitems', 'folder', 'rp']);

/** The page's address as a shape: scheme, host and route words stay; ids, labels and searches become shapes. */
export function outlineUrl(href: string): string {
  try {
    const u = new URL(href);
    const route = (part: string) => part.split(/([/#?&=+]+)/).map((p, i) => (i % 2 === 1 || ROUTES.has(p.toLowerCase()) ? p : shapeChars(p))).join('');
    return `${u.protocol}//${u.host}${route(u.pathname)}${route(u.search)}${route(u.hash)}`;
  } catch {
    return '';
  }
}

/** Only what hides an element: display:none and visibility:hidden. */
function visibilityStyle(el: Element, computed: boolean): string | null {
  const inline = el.getAttribute('style') ?? '';
  let display = /(?:^|;)\s*display\s*:\s*none/i.test(inline);
  let hidden = /(?:^|;)\s*visibility\s*:\s*hidden/i.test(inline);
  if (computed && !display && !hidden) {
    const view = el.ownerDocument.defaultView;
    const style = view?.getComputedStyle?.(el);
    display = style?.display === 'none';
    hidden = style?.visibility === 'hidden' && view?.getComputedStyle?.(el.parentElement ?? el).visibility !== 'hidden';
  }
  return display ? 'display:none' : hidden ? 'visibility:hidden' : null;
}

// Class names are the app's own, never a person's, and an unknown one is what a
// maintainer needs to see when Gmail renames `gD`: all are kept, except tokens
// too long or too numeric to be a stylesheet's name.
const APP_CLASS = /^-?[A-Za-z_](?:(?!\d{3})[\w-]){0,39}$/;
const ID_LIKE = /(?:^|-)(?:id|convid|ids)$/;
// Attributes that name other elements by id: shaped like those ids, so the references still hold.
const ID_REFS = /^(?:for|aria-(?:labelledby|describedby|controls|owns|activedescendant|flowto|details|errormessage))$/;
// Attributes whose values are the app's own tokens (a role, an input type, a component name), never a person's.
const TOKENS = /^(?:role|type|dir|lang|tabindex|hidden|contenteditable|g_editable|gh|data-testid|data-app-section|data-focusable-row|aria-(?!label$|description$|valuetext$|placeholder$|roledescription$)[\w-]+)$/;
const TOKEN = /^[\w-]{1,40}$/;
// Form fields are named by the app (to, subjectbox, lts); a person's `name` sits on an element with an address.
const FIELD_TAGS = new Set(['input', 'textarea', 'select', 'button', 'form', 'meta', 'iframe', 'div']);

class OutlineWriter {
  private readonly out: string[] = [];
  elements = 0;
  cut = 0;
  private readonly shaper: Shaper;

  constructor(
    private readonly allow: AllowList,
    private readonly limits: OutlineLimits,
    private readonly computed: boolean,
  ) {
    this.shaper = new Shaper(allow.vocabulary);
  }

  private bound(s: string): string {
    return s.length > this.limits.maxValue ? s.slice(0, this.limits.maxValue) + '…' : s;
  }

  private attrValue(el: Element, name: string, value: string): string {
    const literals = this.allow.literals.get(name) ?? [];
    if (name === 'style') return visibilityStyle(el, false) ?? '';
    if (name === 'class') return value.split(/\s+/).filter((c) => this.allow.classes.has(c) || APP_CLASS.test(c)).join(' ');
    if (TOKENS.test(name) && TOKEN.test(value)) return value;
    if (name === 'name' && TOKEN.test(value) && FIELD_TAGS.has(el.localName) && !el.hasAttribute('email') && !el.hasAttribute('data-hovercard-id')) return value;
    if (ID_REFS.test(name)) return value.split(/(\s+)/).map((t) => (/^\s*$/.test(t) ? t : this.shaper.id(t, this.allow.literals.get('id') ?? []))).join('');
    const idLike = name === 'id' || ID_LIKE.test(name) || (name === 'value' && el.getAttribute('type') === 'hidden');
    if (idLike && !/[@\s]/.test(value)) return this.shaper.id(value, literals);
    return this.bound(this.shaper.attribute(value, literals));
  }

  private startTag(el: Element, marker?: string): string {
    const tag = el.localName;
    let s = `<${tag}`;
    let styled = false;
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (!this.allow.attributes.has(name) && name !== 'class') continue;
      const value = this.attrValue(el, name, a.value);
      if (name === 'style') styled = true;
      if ((name === 'class' || name === 'style') && !value) continue;
      s += value === '' && a.value === '' ? ` ${name}` : ` ${name}="${escAttr(value)}"`;
    }
    if (!styled && this.computed) {
      const hide = visibilityStyle(el, true);
      if (hide) s += ` style="${hide}"`;
    }
    if (marker) s += ` data-outline="${marker}"`;
    return s + '>';
  }

  element(el: Element): void {
    const tag = el.localName;
    if (SKIP.has(tag) || OUR_UI.test(tag)) return;
    if (this.elements >= this.limits.maxElements) {
      this.cut += 1 + el.getElementsByTagName('*').length;
      return;
    }
    this.elements++;
    const marker = el.matches(this.allow.contentCss) ? 'content' : this.allow.draftCss && el.matches(this.allow.draftCss) ? 'draft' : undefined;
    this.out.push(this.startTag(el, marker));
    if (VOID.has(tag)) return;
    if (marker === 'content') this.contentMarkers(el);
    else if (!marker && !LEAF.has(tag)) this.children(el);
    this.out.push(`</${tag}>`);
  }

  /** Inside a message body only the body elements the selectors look for stay (a body part inside a [role=document]), each empty. */
  private contentMarkers(el: Element): void {
    for (const inner of Array.from(el.querySelectorAll(this.allow.contentCss))) {
      if (this.elements >= this.limits.maxElements) return;
      this.elements++;
      this.out.push(this.startTag(inner, 'content'), `</${inner.localName}>`);
    }
  }

  children(parent: Element): void {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) this.element(n as Element);
      else if (n.nodeType === 3) {
        const text = n.nodeValue ?? '';
        this.out.push(/^\s*$/.test(text) ? (text ? ' ' : '') : escText(this.bound(this.shaper.text(text.replace(/\s+/g, ' ')))));
      }
    }
  }

  head(doc: Document): void {
    const title = doc.querySelector('title');
    if (title) this.out.push(`<title>${escText(this.bound(this.shaper.text(title.textContent ?? '')))}</title>`);
    // Head elements the readers look at (a profile meta tag), nothing else.
    for (const el of Array.from(doc.head?.children ?? [])) {
      if (el.localName !== 'title' && el.localName !== 'meta') continue;
      if (el.localName === 'meta' && this.readerMeta(el)) this.out.push(this.startTag(el));
    }
  }

  private readerMeta(el: Element): boolean {
    const name = el.getAttribute('name');
    return !!name && (this.allow.literals.get('name') ?? []).some((l) => l.value === name);
  }

  /** What was written since the last take. */
  take(): string {
    return this.out.splice(0).join('');
  }
}

/** The outline of `doc` as a standalone HTML document. `computed`: also mark what the page's CSS hides (in a real browser). */
export function pageOutline(doc: Document, provider: ProviderId, options: { computed?: boolean; limits?: Partial<OutlineLimits>; madeAt?: number } = {}): PageOutline {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const w = new OutlineWriter(readerAllowList(provider), limits, options.computed ?? false);
  const root = doc.documentElement;
  const url = outlineUrl(doc.location?.href ?? doc.URL ?? '');
  const lang = root?.getAttribute('lang');
  const dir = root?.getAttribute('dir');
  // One writer, so one set of stand-ins for the whole document: the title's address is the body's.
  w.head(doc);
  const head = w.take();
  if (doc.body) w.element(doc.body);
  const body = w;
  const made = new Date(options.madeAt ?? Date.now()).toISOString().slice(0, 10);
  const note = `${OUTLINE_MARK} ${OUTLINE_VERSION} of a ${provider} page, made ${made}: every text and personal value is replaced by its shape; message bodies and drafts are empty. ${body.elements} elements${body.cut ? `, ${body.cut} more cut` : ''}.`;
  const html =
    `<!DOCTYPE html>\n<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n<!-- ${note} -->\n` +
    `<html${lang ? ` lang="${escAttr(lang)}"` : ''}${dir ? ` dir="${escAttr(dir)}"` : ''}><head><meta charset="utf-8">${head}</head>${w.take()}</html>\n`;
  return { html, elements: body.elements, cut: body.cut };
}

/** Whether `html` is an outline (made by pageOutline), not a page. */
export function isOutline(html: string): boolean {
  return html.slice(0, 400).includes(`<!-- ${OUTLINE_MARK} `);
}
