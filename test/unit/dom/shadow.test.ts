/**
 * The finders on pages built from web components: labels outside and inside
 * shadow roots, Spectrum's `for` across the boundary, nested components,
 * roles rendered in shadow roots, closed roots failing soft, our own hosts
 * never entered, and no shadow work at all for recognition on plain pages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelTexts } from '@/lib/dom/labels';
import {
  flatContains,
  flatElements,
  queryAll,
  queryFirst,
  renderedText,
  withShadowScan,
} from '@/lib/dom/shadow';
import {
  findActionByLabel,
  findByText,
  findCheckboxByLabel,
  findControlByLabel,
  findValueByLabel,
  hasExactText,
  hasExactTexts,
  withTextPass,
} from '@/lib/dom/text';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Light DOM from HTML, then each `[data-shadow]` element gets an open (or `data-mode=closed`) root. */
function page(html: string, shadows: Record<string, string>): Document {
  document.body.innerHTML = html;
  attach(document);
  function attach(scope: ParentNode) {
    for (const host of scope.querySelectorAll<HTMLElement>('[data-shadow]')) {
      const mode = host.dataset.mode === 'closed' ? 'closed' : 'open';
      const root = host.attachShadow({ mode });
      root.innerHTML = shadows[host.dataset.shadow!] ?? '';
      attach(root);
    }
  }
  return document;
}

const TEXTFIELD = '<style>input { color: red }</style><div class="wrap"><input class="inner"></div>';

describe('labels across shadow boundaries', () => {
  it('a custom label element’s `for` names the component: its inner input (Spectrum sp-field-label)', () => {
    const d = page(
      '<x-field-label for="cid">Client ID</x-field-label><x-textfield id="cid" data-shadow="tf"></x-textfield>',
      { tf: TEXTFIELD },
    );
    const input = findControlByLabel(d, ['Client ID']);
    expect(input?.className).toBe('inner');
    expect(input?.getRootNode()).not.toBe(d);
  });

  it('a <label for> inside the component’s own shadow root', () => {
    const d = page('<x-textfield data-shadow="tf"></x-textfield>', {
      tf: '<label for="i">Client Secret</label><input id="i" type="password">',
    });
    expect(findControlByLabel(d, ['Client Secret'])?.type).toBe('password');
  });

  it('aria-labelledby resolved in the shadow root, aria-label and `label` on the host', () => {
    const d = page(
      `<x-a data-shadow="a"></x-a>
       <x-b data-shadow="tf" aria-label="Munchkin ID"></x-b>
       <x-c data-shadow="tf" label="Secreto de cliente"></x-c>`,
      { a: '<span id="l">Client ID</span><input id="in-a" aria-labelledby="l">', tf: TEXTFIELD },
    );
    expect(findControlByLabel(d, ['Client ID'])?.id).toBe('in-a');
    expect(findControlByLabel(d, ['Munchkin ID'])?.getRootNode()).toBe(d.querySelector('x-b')!.shadowRoot);
    expect(findControlByLabel(d, ['Secreto de cliente'])?.getRootNode()).toBe(
      d.querySelector('x-c')!.shadowRoot,
    );
  });

  it('a native <label for> and a wrapping <label> around the host', () => {
    const d = page(
      `<label for="t">Team</label><x-textfield id="t" data-shadow="tf"></x-textfield>
       <label>Workspace <x-textfield id="w" data-shadow="tf"></x-textfield></label>`,
      { tf: TEXTFIELD },
    );
    expect(findControlByLabel(d, ['Team'])?.getRootNode()).toBe(d.getElementById('t')!.shadowRoot);
    expect(findControlByLabel(d, ['Workspace'])?.getRootNode()).toBe(d.getElementById('w')!.shadowRoot);
  });

  it('text above or beside the component, not the one under the next label', () => {
    const d = page(
      `<div class="row"><span>Client ID</span><x-textfield id="a" data-shadow="tf"></x-textfield></div>
       <div class="row"><span>Notes</span><p>free text</p><x-textfield id="b" data-shadow="tf"></x-textfield></div>`,
      { tf: TEXTFIELD },
    );
    expect(findControlByLabel(d, ['Client ID'])?.getRootNode()).toBe(d.getElementById('a')!.shadowRoot);
    expect(findControlByLabel(d, ['Notes'])).toBeNull();
  });

  it('nested components: a form component holding label and field, the field holding an input component', () => {
    const d = page('<x-form data-shadow="form"></x-form>', {
      form: '<x-field-label for="f">Client ID</x-field-label><x-textfield id="f" data-shadow="outer"></x-textfield>',
      outer: '<div><x-input data-shadow="inner"></x-input></div>',
      inner: '<input class="deep">',
    });
    expect(findControlByLabel(d, ['Client ID'])?.className).toBe('deep');
  });

  it('a read-only field’s value counts as the value shown beside its label', () => {
    const d = page(
      '<x-field-label for="s">Status</x-field-label><x-textfield id="s" data-shadow="ro"></x-textfield>',
      {
        ro: '<input readonly value="Connected">',
      },
    );
    expect(findValueByLabel(d, ['Status'])?.value).toBe('Connected');
  });

  it('labelTexts lists every name, inner and outer', () => {
    const d = page(
      '<x-field-label for="x">Client ID</x-field-label><x-textfield id="x" data-shadow="tf" label="ID"></x-textfield>',
      {
        tf: '<input aria-label="Identifier">',
      },
    );
    const input = queryFirst(d, 'input')!;
    expect(labelTexts(input)).toEqual(['Identifier', 'Client ID', 'ID']);
  });
});

describe('text and roles in shadow roots', () => {
  it('finds text a component renders in its shadow root, and slotted light text', () => {
    const d = page('<x-card data-shadow="card"><p>Body text</p></x-card>', {
      card: '<section><h3>Integration Information</h3><slot></slot></section>',
    });
    expect(findByText(d, ['Integration Information'])[0]?.tagName).toBe('H3');
    const section = queryFirst(d, 'section')!;
    expect(flatContains(section, d.querySelector('p'))).toBe(true);
    expect(renderedText(section)).toBe('Integration InformationBody text');
  });

  it('buttons: text slotted into an inner <button>, an icon button named by `label`, a tab labelled in its root', () => {
    const d = page(
      `<x-button data-shadow="btn">Send Invite</x-button>
       <x-action-button label="Show" data-shadow="icon"></x-action-button>
       <x-tab role="tab" data-shadow="tab"></x-tab>`,
      {
        btn: '<button part="button"><slot></slot></button>',
        icon: '<button aria-label="Show"><svg></svg></button>',
        tab: '<span>Set Up</span>',
      },
    );
    expect(findActionByLabel(d, ['Send Invite'])?.getRootNode()).toBe(
      d.querySelector('x-button')!.shadowRoot,
    );
    expect(findActionByLabel(d, ['Show'])?.getAttribute('aria-label')).toBe('Show');
    expect(findActionByLabel(d, ['Set Up'])).toBe(d.querySelector('x-tab'));
  });

  it('dialogs: role=dialog inside the component, its slotted content and a file input in a nested component', () => {
    const d = page(
      '<x-dialog data-shadow="dialog"><x-file data-shadow="file"></x-file><x-button>Next</x-button></x-dialog>',
      {
        dialog:
          '<div role="dialog" aria-labelledby="h"><h2 id="h">Invite Users via CSV</h2><slot></slot></div>',
        file: '<input type="file">',
      },
    );
    const [dialog] = queryAll(d, '[role=dialog]');
    expect(dialog?.getRootNode()).toBe(d.querySelector('x-dialog')!.shadowRoot);
    expect(queryFirst<HTMLInputElement>(dialog!, 'input[type=file]')?.type).toBe('file');
    expect(findByText(dialog!, ['Next'])[0]?.localName).toBe('x-button');
  });

  it('checkboxes: an inner <input type=checkbox> and a role=checkbox host', () => {
    const d = page(
      `<x-checkbox data-shadow="cb"></x-checkbox>
       <x-switch role="checkbox" aria-checked="true" data-shadow="sw">Keep originals</x-switch>`,
      {
        cb: '<input type="checkbox" id="c"><label for="c"><slot></slot>Enable MSI Actions</label>',
        sw: '<span class="track"></span><slot></slot>',
      },
    );
    expect(findCheckboxByLabel(d, ['Enable MSI Actions'])?.getAttribute('type')).toBe('checkbox');
    expect(findCheckboxByLabel(d, ['Keep originals'])).toBe(d.querySelector('x-switch'));
  });
});

describe('what cannot be seen, and what must not be', () => {
  it('a closed shadow root fails soft: not found, no error', () => {
    const d = page(
      '<x-field-label for="c">Client ID</x-field-label><x-textfield id="c" data-shadow="tf" data-mode="closed"></x-textfield>',
      {
        tf: '<input><button>Send Invite</button>',
      },
    );
    expect(findControlByLabel(d, ['Client ID'])).toBeNull();
    expect(findActionByLabel(d, ['Send Invite'])).toBeNull();
    expect(findByText(d, ['Send Invite'])).toEqual([]);
  });

  it('our own hosts (msi-*) are never entered nor matched, open root or not', () => {
    const d = page(
      `<msi-highlight data-shadow="ours"></msi-highlight><msi-panel><label>Client ID <input id="light"></label></msi-panel>
       <x-other data-shadow="tf"></x-other>`,
      { ours: '<label>Client ID <input id="ours"></label><button>Send Invite</button>', tf: '' },
    );
    expect(findControlByLabel(d, ['Client ID'])).toBeNull();
    expect(findActionByLabel(d, ['Send Invite'])).toBeNull();
    expect(flatElements(d).some((el) => el.id === 'ours')).toBe(false);
  });

  it('text in an unassigned light child of a host is not shown, so not found', () => {
    const d = page('<x-card data-shadow="noslot"><span>Hidden light text</span></x-card>', {
      noslot: '<p>Shown</p>',
    });
    expect(findByText(d, ['Hidden light text'])).toEqual([]);
    expect(findByText(d, ['Shown'])[0]?.tagName).toBe('P');
  });
});

describe('recognition through shadow roots', () => {
  const INTEGRATION = ['Integration Information'];
  const SYNC = ['Action Field Sync'];

  it('sees card titles rendered in components (an app made of components)', () => {
    const d = page('<x-app data-shadow="app"></x-app>', {
      app: '<x-card data-shadow="c1"></x-card><x-card data-shadow="c2"></x-card>',
      c1: '<h3>Integration Information</h3>',
      c2: '<h3>Action\n  Field Sync</h3>',
    });
    expect(withTextPass(() => hasExactTexts(d, [INTEGRATION, SYNC]))).toBe(true);
    expect(withTextPass(() => hasExactText(d, ['Actions Config']))).toBe(false);
  });

  it('on a plain page looks at no element’s shadow root at all', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `<div><span>Row ${i}</span></div>`).join('');
    // A document of its own: a document once seen with components is remembered as such.
    const d = document.implementation.createHTMLDocument('plain');
    d.body.innerHTML = `<h2>Integration Information</h2>${rows}<p>Action Field Sync</p>`;
    const reads = vi.spyOn(Element.prototype, 'shadowRoot', 'get');
    expect(withTextPass(() => hasExactTexts(d, [INTEGRATION, SYNC, ['Actions Config']], 2))).toBe(true);
    expect(withTextPass(() => hasExactText(d, ['Actions Config']))).toBe(false);
    expect(reads).not.toHaveBeenCalled();
  });

  it('looks into components mounted in the body’s top five levels, and only there', () => {
    const nest = (depth: number) => {
      const d = document.implementation.createHTMLDocument('nested');
      let parent: Element = d.body;
      for (let i = 1; i < depth; i++) parent = parent.appendChild(d.createElement('div'));
      const app = parent.appendChild(d.createElement('x-app'));
      app.attachShadow({ mode: 'open' }).innerHTML = '<h3>Integration Information</h3>';
      return d;
    };
    // <div id=root><div class=shell>…<sp-theme>: an app's root component under a few wrappers.
    expect(withTextPass(() => hasExactText(nest(1), INTEGRATION))).toBe(true);
    expect(withTextPass(() => hasExactText(nest(5), INTEGRATION))).toBe(true);
    // A lone widget deep in an ordinary page: its slotted light text is what recognition reads.
    expect(withTextPass(() => hasExactText(nest(6), INTEGRATION))).toBe(false);
  });

  it('does not take our own elements (<msi-…>) for a page built from components', () => {
    const d = document.implementation.createHTMLDocument('ours');
    const ours = d.body.appendChild(d.createElement('msi-panel'));
    ours.attachShadow({ mode: 'open' }).innerHTML = '<h3>Integration Information</h3>';
    expect(withTextPass(() => hasExactText(d, INTEGRATION))).toBe(false);
  });

  it('one look for shadow roots per pass, however many finders run', () => {
    const d = page('<x-a data-shadow="a"></x-a>', { a: '<button>Connect</button>' });
    const reads = vi.spyOn(Element.prototype, 'shadowRoot', 'get');
    withShadowScan(() => {
      findActionByLabel(d, ['Connect']);
      findActionByLabel(d, ['Disconnect']);
    });
    const inPass = reads.mock.calls.length;
    reads.mockClear();
    findActionByLabel(d, ['Connect']);
    findActionByLabel(d, ['Disconnect']);
    expect(reads.mock.calls.length).toBeGreaterThan(inPass);
  });
});
