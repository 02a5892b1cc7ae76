/**
 * The demo apps over real HTTPS at their real host names, without Playwright's
 * request routing: Chromium resolves every host to a local server
 * (`--host-resolver-rules`) that answers with the demo pages, under a
 * self-signed certificate made for the run (`openssl`, accepted with
 * `--ignore-certificate-errors`).
 *
 * For measuring (`npm run bench:host`). Playwright's `context.route` intercepts
 * every request of every frame once any route is set, the extension's own
 * included: each chunk the panel document loads made a round trip through the
 * test runner's process, which no user's browser makes (measured: a few ms on
 * the panel's start-up, on 2 cores), and every arm's page loads went through
 * it. The e2e tests keep
 * routing (`test/e2e/extension.ts`): what they check does not depend on timing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { resolveDemo } from './routes';

/** Hosts Chromium itself calls (component updates, account checks): not the extension's requests. */
const BROWSER_OWN = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

export interface DemoServer {
  /** Chromium flags that send every host (localhost excepted) to this server and accept its certificate. */
  readonly chromiumArgs: readonly string[];
  /**
   * Requests for hosts that are not demo hosts (answered 404): the extension must make none. The
   * browser's own (its update and account checks, to Google's hosts) are left out.
   */
  readonly blocked: string[];
  close(): Promise<void>;
}

/** A throwaway self-signed certificate; undefined when `openssl` is not there. */
function makeCertificate(): { key: Buffer; cert: Buffer } | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msi-demo-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=msi-demo',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  } catch {
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the server; undefined when no certificate could be made (the caller falls back to routing). */
export async function serveDemo(): Promise<DemoServer | undefined> {
  const credentials = makeCertificate();
  if (!credentials) return undefined;
  const blocked: string[] = [];
  const server = https.createServer(credentials, (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown.invalid'}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const demo = resolveDemo(url);
    if (!demo) {
      if (!BROWSER_OWN.test(url.hostname)) blocked.push(url.href);
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(demo.status, { 'content-type': demo.contentType, 'cache-control': 'no-store' })
      .end(demo.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    chromiumArgs: [
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
    ],
    blocked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
