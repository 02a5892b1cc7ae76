/**
 * The Invite Users guard: what is typed is handed over once it settles; Invite is held while the
 * check runs and while it found errors; a closed dialog ends it. Built differently from the demo.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardInviteBox } from '@/lib/csv-dialog';

function build() {
  document.body.innerHTML = `
    <div role="dialog" aria-label="Invite Users">
      <label for="emails">Email addresses</label><textarea id="emails"></textarea>
      <button type="button" id="invite"><span>Invite</span></button>
    </div>`;
  const field = document.querySelector('textarea')!;
  const invite = document.getElementById('invite')!;
  const sent = vi.fn();
  invite.addEventListener('click', sent);
  const onText = vi.fn();
  const g = guardInviteBox(document, { onText, checkingLabel: 'checking' });
  const type = (text: string) => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { field, invite, sent, onText, g, type };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('guardInviteBox', () => {
  it('hands the settled text over, holds Invite while checking and on errors, lets it go when released', () => {
    vi.useFakeTimers();
    const { invite, sent, onText, g, type } = build();
    type('ann@');
    type('ann@acme, bo@acme.com');
    vi.advanceTimersByTime(350);
    expect(onText).toHaveBeenCalledTimes(1);
    expect(onText).toHaveBeenCalledWith('ann@acme, bo@acme.com');
    invite.querySelector('span')!.click();
    expect(sent).not.toHaveBeenCalled();
    g.hold('1 error');
    invite.click();
    expect(sent).not.toHaveBeenCalled();
    expect(document.querySelector('msi-csv-hold')?.shadowRoot?.textContent).toContain('1 error');
    g.release();
    invite.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(document.querySelector('msi-csv-hold')).toBeNull();
    g.dispose();
  });

  it('does not hold Invite for ever when no answer comes', () => {
    vi.useFakeTimers();
    const { invite, sent, g, type } = build();
    type('ann@acme.com');
    vi.advanceTimersByTime(350);
    invite.click();
    expect(sent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5000);
    invite.click();
    expect(sent).toHaveBeenCalledTimes(1);
    g.dispose();
  });

  it('ignores other fields and says so when the dialog closes', async () => {
    vi.useFakeTimers();
    const { onText, g, type } = build();
    const other = document.createElement('input');
    document.body.append(other);
    other.value = 'x@acme.com';
    other.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(350);
    expect(onText).not.toHaveBeenCalled();
    type('ann@acme.com');
    vi.advanceTimersByTime(350);
    document.querySelector('[role=dialog]')!.remove();
    await vi.runAllTimersAsync();
    expect(onText).toHaveBeenLastCalledWith('');
    g.dispose();
  });
});
