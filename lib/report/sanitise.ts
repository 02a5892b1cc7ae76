/**
 * "Report this page": a sanitised copy of the host page for bug reports, so
 * real markup can reach us without anybody's data. Scripts, frames' sources,
 * event handlers and our own panel are removed; form values and anything that
 * looks like an email, an ID, a key or a secret are masked; other text is kept
 * because the labels are what adapters need.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|＠)[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const MUNCHKIN = /\b\d{3}-[A-Z]{3}-\d{3}\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Long runs of letters and digits mixed (API keys, secrets, Salesforce ids). */
const TOKEN = /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{12,}\b/g;
const LONG_NUMBER = /\b\d{6,}\b/g;

const MASKS: Array<[RegExp, string]> = [
  [EMAIL, '[email]'],
  [UUID, '[id]'],
  [MUNCHKIN, '[munchkin-id]'],
  [TOKEN, '[token]'],
  [LONG_NUMBER, '[number]'],
];

export interface SanitiseResult {
  html: string;
  masked: number;
  removed: number;
}

export function maskText(text: string, count: { masked: number }): string {
  let out = text;
  for (const [re, label] of MASKS) {
    out = out.replace(re, () => {
      count.masked++;
      return label;
    });
  }
  return out;
}

const REMOVE =
  'script, noscript, template, object, embed, msi-panel, link[rel=preload], link[rel=modulepreload]';
const KEEP_ATTRS_UNMASKED = new Set([
  'class',
  'role',
  'type',
  'for',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
]);

export function sanitiseDocument(doc: Document): SanitiseResult {
  const count = { masked: 0 };
  let removed = 0;
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  for (const el of root.querySelectorAll(REMOVE)) {
    el.remove();
    removed++;
  }
  // Form values (live values are not in the clone's attributes, so read them from the original).
  const liveFields = doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  );
  const clonedFields = root.querySelectorAll<HTMLElement>('input, textarea, select');
  clonedFields.forEach((field, i) => {
    const live = liveFields[i];
    const hadValue = !!(live && 'value' in live && live.value) || field.hasAttribute('value');
    if (field instanceof HTMLTextAreaElement || field.tagName === 'TEXTAREA') field.textContent = '';
    if (field.tagName === 'SELECT') {
      for (const opt of field.querySelectorAll('option')) opt.removeAttribute('selected');
    }
    if (hadValue && field.getAttribute('type') !== 'checkbox' && field.getAttribute('type') !== 'radio') {
      field.setAttribute('value', '[value]');
      count.masked++;
    }
  });
  const walker = doc.createTreeWalker(root, 1 | 4 /* elements and text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const masked = maskText(text, count);
      if (masked !== text) node.nodeValue = masked;
      continue;
    }
    const el = node as Element;
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc') {
        el.removeAttribute(attr.name);
        removed++;
      } else if (name === 'href' || name === 'src' || name === 'action') {
        el.setAttribute(attr.name, stripUrl(attr.value, count));
      } else if (!KEEP_ATTRS_UNMASKED.has(name) && name !== 'value') {
        const masked = maskText(attr.value, count);
        if (masked !== attr.value) el.setAttribute(attr.name, masked);
      }
    }
  }
  const html = `<!doctype html>\n${new XMLSerializer().serializeToString(root)}`;
  return { html, masked: count.masked, removed };
}

/** Keeps scheme, host and path shape; drops query and fragment values; masks IDs in the path. */
function stripUrl(value: string, count: { masked: number }): string {
  if (value.startsWith('data:') || value.startsWith('blob:')) {
    count.masked++;
    return '[data]';
  }
  const q = value.search(/[?#]/);
  const base = q >= 0 ? value.slice(0, q) : value;
  if (q >= 0) count.masked++;
  return maskText(base, count) + (q >= 0 ? value[q] : '');
}
