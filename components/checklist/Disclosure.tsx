import { type ReactNode, useEffect, useState } from 'react';

/**
 * A <details> whose body is rendered only while open: the checklist has many
 * steps, and rendering every closed body made the panel's first render slow.
 */
export function Disclosure(props: { defaultOpen: boolean; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(props.defaultOpen);
  useEffect(() => {
    if (props.defaultOpen) setOpen(true);
  }, [props.defaultOpen]);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      {props.summary}
      {open ? props.children : null}
    </details>
  );
}
