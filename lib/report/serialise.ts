/**
 * Writes the report's tree as HTML. Invariants (attacker tests in
 * test/unit/report/hostile.test.ts):
 * - page text is only ever written escaped (`&`, `<`, `>` in text; `&`, `"`,
 *   `'`, `<`, `>` in attribute values): a comment's `--><img onerror>`, a
 *   `</textarea>` or a `</title>` in a text stays text; no comment, CDATA or
 *   processing instruction is ever written;
 * - names come from the allow-lists or are checked custom-element names;
 * - the file opens with `<meta http-equiv="Content-Security-Policy"
 *   content="default-src 'none'">` as the first element of its head, before
 *   anything that could load or run, so a maintainer's browser fetches and
 *   runs nothing even if something slipped through.
 */
import { VOID_ELEMENTS } from './policy';
import type { ElementItem, Item } from './tree';

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`;
const HEAD_START = `${CSP_META}<meta charset="utf-8"><meta name="referrer" content="no-referrer">`;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const SAFE_NAME = /^[a-z][a-z0-9._:-]*$/;

function openTag(el: ElementItem): string {
  let s = `<${el.tag}`;
  for (const [name, value] of el.attrs) {
    if (!SAFE_NAME.test(name)) continue;
    s += value === null ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`;
  }
  return `${s}>`;
}

function write(item: Item, out: string[]): void {
  if (item.kind === 'text') {
    out.push(escapeText(item.out ?? item.raw));
    return;
  }
  if (!SAFE_NAME.test(item.tag)) {
    for (const child of item.children) write(child, out);
    return;
  }
  out.push(openTag(item));
  if (item.tag === 'head') out.push(HEAD_START);
  if (VOID_ELEMENTS.has(item.tag)) return;
  for (const child of item.children) write(child, out);
  out.push(`</${item.tag}>`);
}

/** The whole file: doctype, then the page's `html` element with the CSP first in its head. */
export function serialise(root: ElementItem): string {
  const html = root.children.find((c): c is ElementItem => c.kind === 'element' && c.tag === 'html');
  const out: string[] = ['<!doctype html>\n'];
  if (html?.children.some((c) => c.kind === 'element' && c.tag === 'head')) {
    write(html, out);
  } else {
    // Not an HTML document (or one without a head): our own html and head around what was read.
    out.push(`<html><head>${HEAD_START}</head><body>`);
    for (const child of root.children) write(child, out);
    out.push('</body></html>');
  }
  return out.join('');
}
