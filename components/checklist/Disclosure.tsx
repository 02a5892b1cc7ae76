import { type ReactNode, useEffect, useState } from 'react';

/**
 * A <details> whose body is rendered only while open: the checklist has many
 * steps, and rendering every closed body made the panel's first render slow.
 */
export function Disclosure(props: { defaultOpen: boolean; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(props.defaultOpen);
  // Follows the default as it changes: a step of this page opens, and closes once it is finished.
  useEffect(() => setOpen(props.defaultOpen), [props.defaultOpen]);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      {props.summary}
      {open ? props.children : null}
    </details>
  );
}
