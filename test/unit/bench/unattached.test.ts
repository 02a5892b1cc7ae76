/**
 * @vitest-environment node
 *
 * The bench's raw CDP pipe (scripts/bench-host/unattached.ts): the browser it times the panel in is
 * driven over NUL-framed JSON, so a reply split across reads, or two in one read, must still reach
 * the command that asked, and an error must reach it as a rejection.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe, UNATTACHED_FLAGS } from '../../../scripts/bench-host/unattached';

function pipe() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: { id: number; method: string; params: object; sessionId?: string }[] = [];
  toBrowser.on('data', (chunk: Buffer) => {
    for (const raw of chunk.toString().split('\0').filter(Boolean)) sent.push(JSON.parse(raw));
  });
  return { cdp: new CdpPipe(toBrowser, fromBrowser), fromBrowser, sent };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('the bench’s CDP pipe', () => {
  it('sends each command as NUL-terminated JSON, with its session when it has one', async () => {
    const { cdp, sent } = pipe();
    void cdp.send('Target.getTargets');
    void cdp.send('Runtime.evaluate', { expression: '1' }, 'S1');
    await tick();
    expect(sent).toEqual([
      { id: 1, method: 'Target.getTargets', params: {} },
      { id: 2, method: 'Runtime.evaluate', params: { expression: '1' }, sessionId: 'S1' },
    ]);
  });

  it('matches replies to their commands, whether split across reads or several in one, and skips events', async () => {
    const { cdp, fromBrowser } = pipe();
    const first = cdp.send('A');
    const second = cdp.send('B');
    fromBrowser.write('{"method":"Target.targetCreated","params":{}}\0{"id":2,"resu');
    await tick();
    fromBrowser.write('lt":{"b":2}}\0{"id":1,"result":{"a":1}}\0');
    await expect(second).resolves.toEqual({ b: 2 });
    await expect(first).resolves.toEqual({ a: 1 });
  });

  it('rejects a command the browser answered with an error, and every pending one when the pipe closes', async () => {
    const { cdp, fromBrowser } = pipe();
    const bad = cdp.send('Nope.method');
    const pending = cdp.send('Target.getTargets');
    fromBrowser.write('{"id":1,"error":{"code":-32601,"message":"\'Nope.method\' wasn\'t found"}}\0');
    await expect(bad).rejects.toThrow("'Nope.method' wasn't found");
    fromBrowser.end();
    fromBrowser.resume();
    await expect(pending).rejects.toThrow('closed its debugging pipe');
  });

  it('launches the browser as Playwright does where it bears on timing', () => {
    for (const flag of [
      '--headless',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--window-size=1400,900',
    ])
      expect(UNATTACHED_FLAGS).toContain(flag);
    expect(UNATTACHED_FLAGS.find((f) => f.startsWith('--disable-features='))).toContain('PaintHolding');
    expect(UNATTACHED_FLAGS.join(' '), 'no debugger port other than the pipe').not.toMatch(
      /remote-debugging-port/,
    );
  });
});
