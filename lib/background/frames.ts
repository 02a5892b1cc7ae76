/**
 * Talking to one frame of a tab: its current URL (read in the frame itself),
 * and its agent (injected on first use).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { appOfUrl } from '../hosts';
import type { MessageType, Payload, Responses } from '../messaging/protocol';
import { sendToFrame } from '../messaging/send';
import type { AppId } from '../pages/types';

/** Each app's agent (entrypoints/agent-<app>.ts): a frame gets the one of its app. */
export const AGENT_SCRIPTS = {
  marketo: '/agent-marketo.js',
  sales: '/agent-sales.js',
  salesforce: '/agent-salesforce.js',
} as const satisfies Record<AppId, string>;
/**
 * The libraries every agent reads from its frame's isolated world (lib/agent/libs.ts), injected
 * just before the agent, by a call of its own: the browser evaluates the files of one call in one
 * task, and one task of both was the longest of ours on the host's main thread.
 */
export const AGENT_LIBS_SCRIPT = '/agent-libs.js';
/** "Report this page"'s sanitiser (entrypoints/report.ts), injected only when asked (./report.ts). */
export const REPORT_SCRIPT = '/report.js';
type ScriptFile = (typeof AGENT_SCRIPTS)[AppId] | typeof AGENT_LIBS_SCRIPT | typeof REPORT_SCRIPT;

/** The tab a content script's message came from. */
export const tabOf = (sender: Runtime.MessageSender) => sender.tab?.id;

/**
 * Evaluates one of our scripts in the frame's isolated world; resolves to what its
 * `main` returned (WXT returns it as the script's result), rejects when the frame
 * cannot be scripted.
 */
export async function injectIntoFrame(tabId: number, frameId: number, file: ScriptFile): Promise<unknown> {
  if (browser.scripting?.executeScript) {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [file],
    });
    return result?.result;
  }
  return (await browser.tabs.executeScript(tabId, { file, frameId }))?.[0];
}

/** As injectIntoFrame, but undefined when the frame cannot be scripted (no host permission, gone, loading). */
export async function runFileInFrame(tabId: number, frameId: number, file: ScriptFile): Promise<unknown> {
  try {
    return await injectIntoFrame(tabId, frameId, file);
  } catch {
    return undefined;
  }
}

/**
 * Runs `func(...args)` in the frame's isolated world (where our content scripts
 * live) and returns its result; undefined when the frame cannot be scripted
 * (no host permission, gone, still loading). `func` is serialised: it may use
 * only its arguments and the frame's globals.
 */
export async function runInFrame<A extends unknown[], R>(
  tabId: number,
  frameId: number,
  func: (...args: A) => R,
  ...args: A
): Promise<Awaited<R> | undefined> {
  try {
    if (browser.scripting?.executeScript) {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: func as (...a: unknown[]) => unknown,
        args,
      });
      return result?.result as Awaited<R> | undefined;
    }
    const code = `(${func.toString()})(...${JSON.stringify(args)})`;
    return (await browser.tabs.executeScript(tabId, { frameId, code }))?.[0] as Awaited<R> | undefined;
  } catch {
    return undefined;
  }
}

/** The frame's own location.href (not what it was when it sent a message). */
export async function frameUrl(tabId: number, frameId: number): Promise<URL | null> {
  const href = await runInFrame(tabId, frameId, () => location.href);
  try {
    return typeof href === 'string' ? new URL(href) : null;
  } catch {
    return null;
  }
}

/**
 * Frames (`tab/frame`) whose current document said, in its bootstrap's last report, that it runs
 * no agent, and got none since: the first call there injects at once instead of first sending a
 * message no one can answer (a round trip through the host page's process before the dock goes up).
 */
const agentless = new Set<string>();

/** A frame's bootstrap reported; `agent` says whether its document already runs our agent. */
export function frameReported(tabId: number, frameId: number, agent: boolean | undefined): void {
  if (agent === false) agentless.add(`${tabId}/${frameId}`);
  else agentless.delete(`${tabId}/${frameId}`);
}

/**
 * The tab was closed: what its frames said is gone. (A frame's new document needs no forgetting:
 * it reports again if it shows a page of the guide, and an entry it left behind only makes the
 * background inject without asking first into a document that has no agent anyway.)
 */
export function forgetFrames(tabId: number): void {
  for (const key of agentless) if (key.startsWith(`${tabId}/`)) agentless.delete(key);
}

export async function callAgent<T extends MessageType>(
  tabId: number,
  frameId: number,
  type: T,
  payload: Payload<T>,
): Promise<Responses[T]> {
  if (!agentless.has(`${tabId}/${frameId}`)) {
    try {
      const answer = await sendToFrame(tabId, frameId, type, payload);
      if (answer !== undefined) return answer;
    } catch {
      // No agent in that frame yet.
    }
  }
  await injectAgent(tabId, frameId);
  return sendToFrame(tabId, frameId, type, payload);
}

/**
 * Agent injections under way, per frame. The panel asks several things of a
 * frame at once when it opens: each call that finds no agent waits for the same
 * injection instead of evaluating the agent again (measured: agent.js evaluated
 * twice in the frame of every recognised page, about 9 ms each).
 */
const agentInjections = new Map<string, Promise<void>>();

/**
 * Which app's agent a frame gets: the app its bootstrap reported (set by the background,
 * lib/background/start.ts), else the app of the frame's own URL (a frame that reported nothing:
 * a shell route of experience.adobe.com, a page not recognised).
 */
let reportedApp: (tabId: number, frameId: number) => AppId | null | undefined = () => undefined;
export function setReportedApps(fn: (tabId: number, frameId: number) => AppId | null | undefined): void {
  reportedApp = fn;
}

async function appOfFrame(tabId: number, frameId: number): Promise<AppId | null> {
  return reportedApp(tabId, frameId) ?? appOfUrl((await frameUrl(tabId, frameId))?.href);
}

function injectAgent(tabId: number, frameId: number): Promise<void> {
  const key = `${tabId}/${frameId}`;
  let pending = agentInjections.get(key);
  if (!pending) {
    pending = appOfFrame(tabId, frameId)
      .then(async (app) => {
        // Not one of our hosts: no agent (the call that needed it fails as for a frame we cannot script).
        if (!app) throw new Error('This frame is not on a host of ours.');
        // Libraries first, then the app's agent: two tasks on the host's thread, not one.
        await injectIntoFrame(tabId, frameId, AGENT_LIBS_SCRIPT);
        return injectIntoFrame(tabId, frameId, AGENT_SCRIPTS[app]);
      })
      .then(() => {
        agentless.delete(key);
      })
      .finally(() => agentInjections.delete(key));
    agentInjections.set(key, pending);
  }
  return pending;
}
