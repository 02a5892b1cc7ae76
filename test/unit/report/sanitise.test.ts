import { describe, expect, it } from 'vitest';
import { sanitiseDocument } from '@/lib/report/sanitise';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('sanitiseDocument', () => {
  const doc = page(`<!doctype html><html><head><title>Actions Config</title>
    <script>window.secret = "x"</script></head><body>
    <h1 onclick="steal()">Integration Information</h1>
    <table><tr><td>Client ID</td><td>5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b</td></tr>
    <tr><td>Client Secret</td><td>Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8</td></tr>
    <tr><td>Munchkin ID</td><td>123-ABC-456</td></tr></table>
    <p>Invited jane.doe@acme.com on 2026-11-02</p>
    <a href="https://app-ab12.marketo.com/?munchkinId=123-ABC-456#AD0A1">Admin</a>
    <input type="text" value="typed value"><input type="password" id="pw">
    <msi-panel></msi-panel>
    </body></html>`);
  (doc.getElementById('pw') as HTMLInputElement).value = 'hunter2hunter2';
  const result = sanitiseDocument(doc);

  it('keeps the labels adapters need', () => {
    expect(result.html).toContain('Integration Information');
    expect(result.html).toContain('Client Secret');
    expect(result.html).toContain('Munchkin ID');
  });
  it('masks emails, IDs, secrets and form values', () => {
    for (const secret of [
      'jane.doe@acme.com',
      '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
      '123-ABC-456',
      'typed value',
      'hunter2hunter2',
    ]) {
      expect(result.html).not.toContain(secret);
    }
    expect(result.html).toContain('[email]');
    expect(result.masked).toBeGreaterThanOrEqual(6);
  });
  it('removes scripts, handlers, query strings and our own panel', () => {
    expect(result.html).not.toMatch(/<script/i);
    expect(result.html).not.toContain('onclick');
    expect(result.html).not.toContain('munchkinId=');
    expect(result.html).not.toContain('msi-panel');
    expect(result.removed).toBeGreaterThanOrEqual(2);
  });
  it('does not touch the live page', () => {
    expect(doc.querySelector('script')).not.toBeNull();
    expect((doc.getElementById('pw') as HTMLInputElement).value).toBe('hunter2hunter2');
  });
});
