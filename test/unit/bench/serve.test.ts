/**
 * @vitest-environment node
 *
 * The bench's demo server (test/demo/serve.ts): the demo apps over HTTPS at their host names, and
 * every request for another host recorded (the extension must make none), the browser's own
 * calls to Google's hosts apart.
 */
import https from 'node:https';
import { afterAll, describe, expect, it } from 'vitest';
import { type DemoServer, serveDemo } from '../../demo/serve';

let demo: DemoServer | undefined;
afterAll(() => demo?.close());

function get(
  port: number,
  host: string,
  path: string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        { host: '127.0.0.1', port, path, headers: { host }, servername: host, rejectUnauthorized: false },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
          );
        },
      )
      .on('error', reject);
  });
}

describe('the bench’s demo server', () => {
  it('serves the demo apps at their host names and records requests for any other host', async () => {
    demo = await serveDemo();
    expect(demo, 'openssl makes the certificate').toBeDefined();
    const server = demo as DemoServer;
    const rule = server.chromiumArgs.find((a) => a.startsWith('--host-resolver-rules='));
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(rule ?? '')?.[1]);
    expect(server.chromiumArgs).toContain('--ignore-certificate-errors');

    const page = await get(port, 'app-ab12.marketo.com', '/?lang=en');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('<html');
    expect((await get(port, 'app-ab12.marketo.com', '/__demo/app.js')).type).toContain('javascript');

    expect((await get(port, 'tracker.example.net', '/pixel?x=1')).status).toBe(404);
    expect((await get(port, 'update.googleapis.com', '/service/update2/json')).status).toBe(404);
    expect(server.blocked).toEqual(['https://tracker.example.net/pixel?x=1']);
  });
});
