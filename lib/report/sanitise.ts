/**
 * "Report this page": a copy of the host page for bug reports that leaks
 * nothing and runs nothing, so real markup can reach us without anybody's
 * data. Built as an allow-list (./policy.ts says what is kept and why):
 * 1. read the page into our own tree, keeping only allow-listed elements and
 *    attributes (./tree.ts): comments, processing instructions, scripts,
 *    template contents, handlers, `srcdoc`, meta refresh, `base`, `link`,
 *    `animate`/`set` and our own panel never get in; URLs are plain https
 *    without query or fragment (./urls.ts); ids become `r1`, `r2`…; form values
 *    and editable content become `[value]`;
 * 2. mask what looks like personal data or a secret in texts and text
 *    attributes, after normalisation (NFKC, invisible characters removed,
 *    percent-decoding) and across runs of inline elements (./mask-text.ts,
 *    ./detect.ts), and whatever stands next to a credential's label;
 * 3. write it escaped, under a `default-src 'none'` Content-Security-Policy
 *    (./serialise.ts).
 * The live page is only read. Attacker tests: test/unit/report/hostile.test.ts.
 */
import { maskNearLabels, maskRuns } from './mask-text';
import { serialise } from './serialise';
import { type Counts, type ReadOptions, readDocument } from './tree';

export interface SanitiseResult {
  html: string;
  /** Values masked (texts, attributes, form values, URL parts). */
  masked: number;
  /** Active or hidden parts left out (scripts, comments, handlers, frames' documents, non-https URLs…). */
  removed: number;
}

export function sanitiseDocument(doc: Document, options: ReadOptions = {}): SanitiseResult {
  const counts: Counts = { masked: 0, removed: 0 };
  const { root, texts, runs } = readDocument(doc, doc.baseURI, counts, options);
  maskRuns(runs, counts);
  maskNearLabels(texts, counts);
  return { html: serialise(root), ...counts };
}
