/**
 * URLs and inline styles in the report. Invariant: an attribute or a style
 * `url()` holds either nothing or `https://host/path`, rebuilt from the parsed
 * URL (never the page's string): any other scheme after the browser's own
 * trimming and lower-casing (`javascript:`, ` DATA:`, `http:`, `blob:`) is
 * dropped, and so are user names, passwords, ports, queries and fragments.
 * Host labels and path segments that look like personal data or a secret are
 * masked. Attacker tests: test/unit/report/hostile.test.ts.
 */
import { findMasks, MASK_TEXT } from './detect';
import { normalise } from './normalise';

/** Tabs and newlines anywhere, C0 controls and spaces at the ends: what the URL parser ignores. */
const IGNORED_INSIDE = /[\t\n\r]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the URL parser trims exactly these.
const IGNORED_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

function maskPart(part: string, known: (w: string) => boolean, onMask: () => void): string {
  const norm = normalise(part).text;
  const ranges = findMasks(norm, known);
  if (!ranges.length) return part;
  onMask();
  return MASK_TEXT[ranges[0]?.kind ?? 'secret'];
}

/**
 * `https://host/path` for a URL the page wrote (relative ones resolved against
 * `base`), or null when it is not plain https.
 */
export function safeUrl(
  raw: string,
  base: string,
  known: (w: string) => boolean,
  onMask: () => void,
): string | null {
  const cleaned = raw.replace(IGNORED_INSIDE, '').replace(IGNORED_ENDS, '');
  if (!cleaned) return null;
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname) return null;
  if (url.search || url.hash || url.username || url.password) onMask();
  const host = url.hostname
    .split('.')
    .map((label) => maskPart(label, known, onMask))
    .join('.');
  const path = url.pathname
    .split('/')
    .map((segment) => maskPart(segment, known, onMask))
    .join('/');
  return `https://${host}${path}`;
}

/** Inline-style properties a maintainer needs to see why something is (not) shown. */
const STYLE_PROPERTIES = new Set([
  'display',
  'visibility',
  'opacity',
  'position',
  'overflow',
  'overflow-x',
  'overflow-y',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'left',
  'top',
  'right',
  'bottom',
  'z-index',
  'pointer-events',
  'clip',
  'clip-path',
  'content-visibility',
  'transform',
  'background-image',
  'list-style-image',
]);
const URL_PROPERTIES = new Set(['background-image', 'list-style-image']);
/** A keyword (`none`, `inline-block`), a short number with its unit, a function name or `!important`. */
const KEYWORD = /^-?[a-z][a-z-]{0,15}$/i;
const NUMBER =
  /^[+-]?\d{0,6}(?:\.\d{1,4})?(?:px|em|rem|ex|ch|vh|vw|vmin|vmax|pt|pc|cm|mm|in|fr|deg|rad|turn|s|ms|%)?$/i;
const SAFE_FUNCTIONS = new Set([
  'rect',
  'calc',
  'inset',
  'translate',
  'translatex',
  'translatey',
  'scale',
  'rotate',
  'matrix',
]);

function safeValue(value: string): boolean {
  if (/[^a-z0-9 .,%#+\-*/()!]/i.test(value)) return false;
  const functions = value.toLowerCase().match(/[a-z-]+(?=\()/g) ?? [];
  if (!functions.every((f) => SAFE_FUNCTIONS.has(f))) return false;
  return value
    .split(/[\s,()*/]+/)
    .filter(Boolean)
    .every((part) => part.toLowerCase() === '!important' || KEYWORD.test(part) || NUMBER.test(part));
}
const URL_VALUE = /^url\(\s*(["']?)([^"'()\\]*)\1\s*\)$/i;

/** Splits declarations on `;` outside quotes and parentheses. */
function declarations(style: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < style.length; i++) {
    const c = style[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(style.slice(start, i));
      start = i + 1;
    }
  }
  out.push(style.slice(start));
  return out;
}

/**
 * The declarations of an inline style that are on the allow-list, with safe
 * values only (keywords, lengths, a few functions, or a `url()` that is plain
 * https); null when none is left. `dropped` counts what went.
 */
export function safeStyle(
  style: string,
  base: string,
  known: (w: string) => boolean,
  onMask: () => void,
  onDrop: () => void,
): string | null {
  const kept: string[] = [];
  for (const decl of declarations(style)) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const property = decl.slice(0, colon).trim().toLowerCase();
    const value = decl.slice(colon + 1).trim();
    if (!STYLE_PROPERTIES.has(property) || !value) continue;
    if (URL_PROPERTIES.has(property)) {
      const m = URL_VALUE.exec(value);
      const url = m ? safeUrl(m[2] as string, base, known, onMask) : null;
      if (url) kept.push(`${property}: url("${url}")`);
      else if (value.toLowerCase() === 'none') kept.push(`${property}: none`);
      else onDrop();
      continue;
    }
    if (safeValue(value)) kept.push(`${property}: ${value}`);
    else onDrop();
  }
  return kept.length ? kept.join('; ') : null;
}
