import { describe, expect, it, vi } from 'vitest';
import { installRemovalGuard } from '@/lib/guard/removal';

function page() {
  const doc = document.implementation.createHTMLDocument('users');
  const table = doc.createElement('table');
  for (const email of ['admin@acme.com', 'jane@acme.com']) {
    const tr = doc.createElement('tr');
    const td = doc.createElement('td');
    td.textContent = email;
    const actions = doc.createElement('td');
    const button = doc.createElement('button');
    button.textContent = 'Remove';
    button.dataset.email = email;
    actions.append(button);
    tr.append(td, actions);
    table.append(tr);
  }
  doc.body.append(table);
  const removed: string[] = [];
  doc.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest('button');
    if (b?.dataset.email) removed.push(b.dataset.email);
  });
  const button = (email: string) => doc.querySelector<HTMLButtonElement>(`button[data-email="${email}"]`)!;
  return { doc, removed, button };
}

describe('removal guard', () => {
  it('stops the removal of the original user after the sync started, until confirmed', () => {
    const { doc, removed, button } = page();
    const onAttempt = vi.fn();
    installRemovalGuard(doc, { shouldGuard: () => ({ originalUser: 'admin@acme.com' }), onAttempt });
    button('admin@acme.com').click();
    expect(removed).toEqual([]);
    expect(onAttempt).toHaveBeenCalledTimes(1);
    button('jane@acme.com').click();
    expect(removed).toEqual(['jane@acme.com']);
    onAttempt.mock.calls[0]![0].proceed();
    expect(removed).toEqual(['jane@acme.com', 'admin@acme.com']);
  });
  it('does nothing before the sync started', () => {
    const { doc, removed, button } = page();
    installRemovalGuard(doc, { shouldGuard: () => null, onAttempt: vi.fn() });
    button('admin@acme.com').click();
    expect(removed).toEqual(['admin@acme.com']);
  });
  it('asks for every removal when the original user is unknown', () => {
    const { doc, removed, button } = page();
    const onAttempt = vi.fn();
    const uninstall = installRemovalGuard(doc, { shouldGuard: () => ({}), onAttempt });
    button('jane@acme.com').click();
    expect(onAttempt).toHaveBeenCalledTimes(1);
    expect(removed).toEqual([]);
    uninstall();
    button('jane@acme.com').click();
    expect(removed).toEqual(['jane@acme.com']);
  });
});

describe('removal guard on a user table built from web components', () => {
  /** Each row's actions are a component: its Remove button sits in the component's open shadow root. */
  function componentPage() {
    const doc = document;
    doc.body.replaceChildren();
    const table = doc.createElement('table');
    const removed: string[] = [];
    for (const email of ['admin@acme.com', 'jane@acme.com']) {
      const tr = doc.createElement('tr');
      const td = doc.createElement('td');
      td.textContent = email;
      const cell = doc.createElement('td');
      const actions = doc.createElement('x-row-actions');
      const button = doc.createElement('button');
      button.textContent = 'Remove';
      button.addEventListener('click', () => removed.push(email));
      actions.attachShadow({ mode: 'open' }).append(button);
      cell.append(actions);
      tr.append(td, cell);
      table.append(tr);
    }
    doc.body.append(table);
    const button = (email: string) =>
      [...doc.querySelectorAll('tr')]
        .find((tr) => tr.textContent?.includes(email))!
        .querySelector('x-row-actions')!
        .shadowRoot!.querySelector('button')!;
    return { doc, removed, button };
  }

  it('stops the original user’s Remove inside the component (the document only sees the host as target)', () => {
    const { doc, removed, button } = componentPage();
    const onAttempt = vi.fn();
    const uninstall = installRemovalGuard(doc, {
      shouldGuard: () => ({ originalUser: 'admin@acme.com' }),
      onAttempt,
    });
    button('admin@acme.com').click();
    expect(removed).toEqual([]);
    expect(onAttempt).toHaveBeenCalledTimes(1);
    expect(onAttempt.mock.calls[0]![0].control).toBe(button('admin@acme.com'));
    button('jane@acme.com').click();
    expect(removed).toEqual(['jane@acme.com']);
    onAttempt.mock.calls[0]![0].proceed();
    expect(removed).toEqual(['jane@acme.com', 'admin@acme.com']);
    uninstall();
    doc.body.replaceChildren();
  });
});
