import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useEscape } from '@/components/panel/useEscape';

function Opened({ name, log }: { name: string; log: string[] }) {
  const [open, setOpen] = useState(true);
  useEscape(open, () => {
    log.push(name);
    setOpen(false);
  });
  return open ? <p>{name}</p> : null;
}

describe('Escape in the panel', () => {
  it('closes the most recently opened thing, one per key press, then nothing', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    const { container } = render(
      <>
        <Opened name="preview" log={log} />
        <Opened name="outline" log={log} />
      </>,
    );
    await user.keyboard('{Escape}');
    expect(log).toEqual(['outline']);
    expect(container.textContent).toBe('preview');
    await user.keyboard('{Escape}');
    expect(log).toEqual(['outline', 'preview']);
    await user.keyboard('{Escape}');
    expect(log).toEqual(['outline', 'preview']);
  });

  it('other keys do nothing', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    render(<Opened name="preview" log={log} />);
    await user.keyboard('{Enter}a{Tab}');
    expect(log).toEqual([]);
  });
});
