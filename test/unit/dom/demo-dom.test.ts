import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../helpers/demo-dom';

describe('demo loader', () => {
  it('serves a demo page at its real URL and runs its /__demo/ scripts', async () => {
    const { window, document, close } = await loadDemo('https://example.org/some/path');
    expect(window.location.hostname).toBe('example.org');
    document.querySelector<HTMLButtonElement>('#hello')!.click();
    expect(document.querySelector('#out')!.textContent).toBe('Hello');
    close();
  });
  it('refuses URLs that are not demo hosts', async () => {
    await expect(loadDemo('https://evil.test/')).rejects.toThrow(/Not a demo URL/);
  });
});
