/**
 * Talking to one frame of a tab: its current URL (read in the frame itself),
 * and its agent (injected on first use).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Responses } from '../messaging/protocol';
import { sendToFrame } from '../messaging/send';

export const AGENT_SCRIPT = '/agent.js';

/** The tab a content script's message came from. */
export const tabOf = (sender: Runtime.MessageSender) => sender.tab?.id;

export async function injectIntoFrame(
  tabId: number,
  frameId: number,
  file: '/agent.js' | '/panel.js',
): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [file as '/agent.js' | '/panel.js'],
    });
    return;
  }
  await browser.tabs.executeScript(tabId, { file, frameId });
}

/** The frame's own location.href (not what it was when it sent a message). */
export async function frameUrl(tabId: number, frameId: number): Promise<URL | null> {
  try {
    let href: unknown;
    if (browser.scripting?.executeScript) {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: () => location.href,
      });
      href = result?.result;
    } else {
      href = (await browser.tabs.executeScript(tabId, { frameId, code: 'location.href' }))?.[0];
    }
    return typeof href === 'string' ? new URL(href) : null;
  } catch {
    return null;
  }
}

export async function callAgent<T extends MessageType>(
  tabId: number,
  frameId: number,
  type: T,
  payload: Payload<T>,
): Promise<Responses[T]> {
  try {
    const answer = await sendToFrame(tabId, frameId, type, payload);
    if (answer !== undefined) return answer;
  } catch {
    // No agent in that frame yet.
  }
  await injectIntoFrame(tabId, frameId, AGENT_SCRIPT);
  return sendToFrame(tabId, frameId, type, payload);
}
