/**
 * Does the Marketo instance the carried values were read on match the one
 * the Sales account shows? Filling the values of another instance connects
 * the Sales account to the wrong Marketo (a sandbox instead of production):
 * the panel asks for an explicit confirmation unless the match is certain.
 *
 * Invariant: a one-click fill only when the Sales account shows no Munchkin ID
 * yet (a first connection: nothing to overwrite) or shows the very ID the
 * values were read with. Anything else (another ID, or values whose instance
 * is unknown) needs the admin's explicit confirmation naming both.
 */
const MUNCHKIN = /^\d{3}-[A-Z]{3}-\d{3}$/;

const norm = (id: string | undefined): string | undefined => {
  const v = id?.trim().toUpperCase();
  return v && MUNCHKIN.test(v) ? v : undefined;
};

export type InstanceMatch =
  /** Same Munchkin ID on both sides, or nothing on the page to compare with. */
  | { kind: 'same' | 'no-page-id' }
  /** The page shows another Munchkin ID than the one the values were read with. */
  | { kind: 'different'; page: string; source: string }
  /** The page shows a Munchkin ID; the values' instance is not known by its ID. */
  | { kind: 'unconfirmed'; page: string; source?: string };

/**
 * `sourceId`: the Munchkin ID read with the values (or the carried source
 * label, used only if it is a Munchkin ID); `sourceLabel`: how the source is
 * named otherwise (a Marketo host); `pageId`: the ID the Sales account shows.
 */
export function instanceMatch(
  sourceId: string | undefined,
  sourceLabel: string | undefined,
  pageId: string | undefined,
): InstanceMatch {
  const page = norm(pageId);
  if (!page) return { kind: 'no-page-id' };
  const source = norm(sourceId) ?? norm(sourceLabel);
  if (!source)
    return { kind: 'unconfirmed', page, ...(sourceLabel?.trim() ? { source: sourceLabel.trim() } : {}) };
  return source === page ? { kind: 'same' } : { kind: 'different', page, source };
}

/** Must the admin confirm explicitly before this fill? */
export const needsConfirmation = (m: InstanceMatch): boolean =>
  m.kind === 'different' || m.kind === 'unconfirmed';
