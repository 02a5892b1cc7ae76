/** Checks shared by the report's tests: is a saved report inert, and does it hold a planted value? */
import { normalise } from '@/lib/report/normalise';
import { sanitiseDocument } from '@/lib/report/sanitise';

export function page(html: string, url = 'https://app-ab12.marketo.com/'): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The host page's own URL (a DOMParser document has none): relative URLs resolve against it.
  if (!doc.querySelector('base')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

export const CSP_START =
  /^<!doctype html>\n<html[^>]*><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">/;

const URL_ATTRS = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'ping',
  'data',
  'background',
];
const ACTIVE =
  'script, style, link, base, object, embed, applet, template, animate, set, animateMotion, animateTransform, frameset, noscript';

/** What in a saved report could run, load or hide content: empty when it is inert. */
export function inertProblems(html: string): string[] {
  const problems: string[] = [];
  if (!CSP_START.test(html)) problems.push('the file does not start with the CSP meta');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const first = doc.head.firstElementChild;
  if (
    first?.getAttribute('http-equiv') !== 'Content-Security-Policy' ||
    first.getAttribute('content') !== "default-src 'none'"
  ) {
    problems.push('the CSP meta is not the first element of the head');
  }
  for (const el of doc.querySelectorAll(ACTIVE)) problems.push(`<${el.localName}> element`);
  for (const meta of doc.querySelectorAll('meta')) {
    if (meta.getAttribute('http-equiv') && meta !== first)
      problems.push(`meta http-equiv=${meta.getAttribute('http-equiv')}`);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (name.startsWith('on')) problems.push(`${name} on <${el.localName}>`);
      if (name === 'srcdoc') problems.push(`srcdoc on <${el.localName}>`);
      if (URL_ATTRS.includes(name) && !/^https:\/\/[^?#\s]*$/.test(value))
        problems.push(`${name}="${value}"`);
      if (name === 'values' || name === 'to' || name === 'from')
        problems.push(`${name} on <${el.localName}>`);
      if (name === 'style' && /url\((?!"https:\/\/[^?#"]*"\))/i.test(value))
        problems.push(`style="${value}"`);
    }
  }
  const comments = doc.createTreeWalker(doc, 128 /* comments */);
  if (comments.nextNode()) problems.push('a comment');
  return problems;
}

/** Whether the report holds `planted`, as written or in any form a reader would decode. */
export function leaked(html: string, planted: string): boolean {
  const lower = planted.toLowerCase();
  if (html.toLowerCase().includes(lower)) return true;
  if (normalise(html).text.toLowerCase().includes(normalise(planted).text.toLowerCase())) return true;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const seen = [doc.documentElement.textContent ?? ''];
  for (const el of doc.querySelectorAll('*'))
    for (const a of el.getAttributeNames()) seen.push(a, el.getAttribute(a) ?? '');
  const text = normalise(seen.join('\n')).text.toLowerCase();
  return text.includes(normalise(planted).text.toLowerCase());
}

export const report = (doc: Document) => sanitiseDocument(doc);
