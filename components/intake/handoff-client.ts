import { browser } from 'wxt/browser';
import { asHandoffReply, type HandoffReply, type HandoffRequest } from '../../messaging/handoff-page';

// The panel's side of the hand-off: injects the on-demand content script into the record page's
// top frame (idempotent) and asks it to read or write the note field.
export interface NoteFieldAccess {
  read(): Promise<HandoffReply>;
  write(text: string, expected: string): Promise<HandoffReply>;
}

export function noteFieldAccess(tabId: number): NoteFieldAccess {
  const ask = async (req: HandoffRequest): Promise<HandoffReply> => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/handoff.js'] });
    const reply = asHandoffReply(await browser.tabs.sendMessage(tabId, req, { frameId: 0 }));
    if (!reply) throw new Error('no reply from the record page');
    return reply;
  };
  return { read: () => ask({ type: 'ho.read' }), write: (text, expected) => ask({ type: 'ho.write', text, expected }) };
}
