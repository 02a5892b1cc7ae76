/**
 * Property: a random secret of any alphabet a key is written in (hex, base32,
 * base64, letters of one case or both, digits, Cyrillic, Greek, full-width),
 * 20 to 64 characters long (at least ~60 bits even for digits), planted
 * anywhere a page can put text (a text node, split over inline elements, a
 * comment, any attribute, a URL's path or query, a style, a form value, a
 * shadow root, percent-encoded), never reaches the report in any form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitiseDocument } from '@/lib/report/sanitise';
import { inertProblems, leaked, page } from './helpers';

const range = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  ).join('');
const LOWER = range('a', 'z');
const UPPER = range('A', 'Z');
const DIGITS = range('0', '9');

const ALPHABETS: Record<string, string> = {
  hex: `${DIGITS}abcdef`,
  HEX: `${DIGITS}ABCDEF`,
  base32: `${UPPER}234567`,
  base64: `${UPPER}${LOWER}${DIGITS}+/`,
  base64url: `${UPPER}${LOWER}${DIGITS}-_`,
  alphanumeric: `${UPPER}${LOWER}${DIGITS}`,
  lower: LOWER,
  upper: UPPER,
  letters: `${UPPER}${LOWER}`,
  digits: DIGITS,
  cyrillic: range('а', 'я'),
  greek: range('α', 'ω'),
  fullwidth: `${range('０', '９')}${range('Ａ', 'Ｚ')}${range('ａ', 'ｚ')}`,
};

const secret = fc
  .constantFrom(...Object.values(ALPHABETS))
  .chain((alphabet) =>
    fc.array(fc.constantFrom(...alphabet), { minLength: 20, maxLength: 64 }).map((cs) => cs.join('')),
  );

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (s: string) =>
  [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Where a page can put the secret: each returns the body's HTML. */
const PLACES: Record<string, (s: string, words: string) => string> = {
  text: (s, w) => `<p>${w} ${esc(s)} ${w}</p>`,
  glued: (s, w) => `<p>${w}:${esc(s)}</p>`,
  split: (s, w) => {
    const cut = Math.floor(s.length / 2);
    return `<p>${w} <span>${esc(s.slice(0, cut))}</span><wbr><b>${esc(s.slice(cut))}</b></p>`;
  },
  comment: (s, w) => `<p>${w}</p><!-- ${esc(s)} -->`,
  title: (s, w) => `<p title="${w} ${esc(s)}">${w}</p>`,
  ariaLabel: (s) => `<button aria-label="${esc(s)}">x</button>`,
  className: (s) => `<p class="u-${esc(s)}">x</p>`,
  id: (s) => `<p id="${esc(s)}">x</p><label for="${esc(s)}">y</label>`,
  dataAttribute: (s) => `<p data-key="${esc(s)}">x</p>`,
  optionValue: (s, w) => `<select><option value="${esc(s)}">${w}</option></select>`,
  inputValue: (s) => `<input type="text" value="${esc(s)}">`,
  hrefPath: (s) => `<a href="https://app-ab12.marketo.com/${pct(s)}/x">a</a>`,
  hrefQuery: (s) => `<a href="https://app-ab12.marketo.com/p?k=${pct(s)}#${pct(s)}">a</a>`,
  style: (s) =>
    `<div style="width: ${esc(s)}; background-image: url(https://a.example.com/${pct(s)})">x</div>`,
  percent: (s, w) => `<p>${w} ${pct(s)}</p>`,
  srcdoc: (s) => `<iframe srcdoc="${esc(s)}"></iframe>`,
  template: (s) => `<template><p>${esc(s)}</p></template>`,
  nextToLabel: (s) => `<table><tr><td>Client Secret</td><td>${esc(s)}</td></tr></table>`,
};

const words = fc.constantFrom(
  'Admin',
  'Sales Insight',
  'Actions Config',
  'Settings',
  'Client ID',
  'the key is',
);

// 60 runs each take about a second on a quiet machine; a loaded CI machine gets room (not a timing test).
describe('no planted secret survives the report', { timeout: 60_000 }, () => {
  it.each(Object.keys(PLACES))('planted in %s', (place) => {
    fc.assert(
      fc.property(secret, words, (s, w) => {
        const doc = page(`<!doctype html><body>${PLACES[place]!(s, w)}</body>`);
        const { html } = sanitiseDocument(doc);
        expect(leaked(html, s), html).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('in a shadow root', () => {
    fc.assert(
      fc.property(secret, (s) => {
        const doc = page('<!doctype html><body><div id="host"></div></body>');
        doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = `<p>${esc(s)}</p>`;
        expect(leaked(sanitiseDocument(doc).html, s)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('and every report stays inert', () => {
    fc.assert(
      fc.property(secret, fc.constantFrom(...Object.values(PLACES)), words, (s, place, w) => {
        expect(
          inertProblems(sanitiseDocument(page(`<!doctype html><body>${place(s, w)}</body>`)).html),
        ).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
