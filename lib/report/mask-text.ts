/**
 * Masking the report's texts:
 * - runs: the detectors (./detect.ts) look at the normalised text of a whole
 *   run of inline text, so a value split over several elements is found; each
 *   text node it touches loses its part (the first one shows the mask);
 * - labels: whatever stands next to the label of a credential (Client ID,
 *   Client Secret, Munchkin ID, API Secret Key, in any language) is masked,
 *   whatever its shape: the rest of the label's own text after a colon, else
 *   every other text of the smallest element that holds the label and
 *   something more (a table row, a field, a definition list), labels of the
 *   adapters excepted; where that is the whole page, the texts of the next
 *   block that has any.
 *   A label that is the whole text of a link, button, option or list entry
 *   names that control (the admin tree's "Munchkin"): nothing is masked for it.
 */
import { findMasks, MASK_TEXT } from './detect';
import { credentialLabel, isKnownLabel, isKnownWord } from './labels';
import { normalise } from './normalise';
import type { Counts, ElementItem, TextItem } from './tree';

/** An attribute's text (title, aria-label…), masked like page text. */
export function maskAttributeText(value: string, counts: Counts): string {
  const norm = normalise(value);
  const ranges = findMasks(norm.text, isKnownWord);
  const label = credentialLabel(norm.text);
  if (!ranges.length && label.restAt === undefined) return value;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += norm.text.slice(at, r.start) + MASK_TEXT[r.kind];
    at = r.end;
    counts.masked++;
  }
  out += norm.text.slice(at);
  if (label.restAt !== undefined) {
    counts.masked++;
    return `${norm.text.slice(0, label.restAt)}${MASK_TEXT['label-value']}`;
  }
  return out;
}

/** Runs the detectors over each run of text and records what each text node writes. */
export function maskRuns(runs: readonly TextItem[][], counts: Counts): void {
  for (const run of runs) {
    const starts: number[] = [];
    let joined = '';
    for (const t of run) {
      starts.push(joined.length);
      joined += t.norm.text;
    }
    const ranges = findMasks(joined, isKnownWord);
    if (!ranges.length) continue;
    run.forEach((t, k) => {
      const s = starts[k] as number;
      const e = s + t.norm.text.length;
      const touching = ranges.filter((r) => r.start < e && r.end > s);
      if (!touching.length) return;
      let out = '';
      let at = s;
      for (const r of touching) {
        out += joined.slice(at, Math.max(r.start, s));
        if (r.start >= s) {
          out += MASK_TEXT[r.kind];
          counts.masked++;
        }
        at = Math.min(r.end, e);
      }
      t.out = out + joined.slice(at, e);
    });
  }
}

const isBlank = (t: TextItem) => !t.norm.text.trim();
const PAGE_LEVEL = new Set(['#root', 'html', 'body', 'msi-shadow-root']);
/** Elements whose text is what they are called, not the label of a value beside them. */
const ENTRIES = new Set(['a', 'button', 'option', 'optgroup', 'summary', 'li', 'legend']);

function textsIn(el: ElementItem, out: TextItem[] = []): TextItem[] {
  for (const child of el.children) {
    if (child.kind === 'text') out.push(child);
    else textsIn(child, out);
  }
  return out;
}

function maskLabelValue(t: TextItem, counts: Counts): void {
  if (t.formValue || isBlank(t) || t.out === MASK_TEXT['label-value']) return;
  t.out = MASK_TEXT['label-value'];
  counts.masked++;
}

const isLabelLike = (t: TextItem) => isKnownLabel(t.norm.text);

/** At page level: the texts of the first block after the label's own that has any (the value beside it). */
function maskNextBlock(t: TextItem, page: ElementItem, counts: Counts): void {
  let own: ElementItem = t.parent;
  while (own.parent && own.parent !== page) own = own.parent;
  const after = page.children.slice(page.children.indexOf(own) + 1);
  for (const next of after) {
    const texts = next.kind === 'text' ? [next] : textsIn(next);
    if (texts.every(isBlank)) continue;
    for (const u of texts) if (!isLabelLike(u)) maskLabelValue(u, counts);
    return;
  }
}

/** Masks what stands next to each credential label (see the module comment). */
export function maskNearLabels(texts: readonly TextItem[], counts: Counts): void {
  texts.forEach((t) => {
    if (t.formValue || isBlank(t)) return;
    const label = credentialLabel(t.norm.text);
    if (!label.label) return;
    if (label.restAt !== undefined) {
      t.out = `${t.norm.text.slice(0, label.restAt)}${MASK_TEXT['label-value']}`;
      counts.masked++;
      return;
    }
    let box = t.parent;
    while (!PAGE_LEVEL.has(box.tag) && !textsIn(box).some((u) => u !== t && !isBlank(u) && !isLabelLike(u))) {
      // The label's words name a control or a list entry (a "Munchkin" link in the admin tree, a
      // "Client Secret" tab), not a field: a value would stand inside it, and there is none.
      if (ENTRIES.has(box.tag)) return;
      if (!box.parent) break;
      box = box.parent;
    }
    if (!PAGE_LEVEL.has(box.tag)) {
      for (const u of textsIn(box)) if (u !== t && !isLabelLike(u)) maskLabelValue(u, counts);
      return;
    }
    maskNextBlock(t, box, counts);
  });
}
