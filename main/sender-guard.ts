// Accept IPC only from our own page in the main frame (VS Code's validatedIpcMain). GitHub
// Desktop once shipped this check inverted, so it has its own unit test.

/** The parts of Electron's WebFrameMain / IpcMainInvokeEvent the guard looks at. */
export interface FrameLike {
  url: string
  parent: FrameLike | null
}

export interface SenderLike {
  senderFrame: FrameLike | null
  sender: { mainFrame: FrameLike }
}

/**
 * `appUrl` is the URL our window loads (file:///.../dist-renderer/index.html). Only that
 * exact page (any hash or query) in the top frame of the window may call the core.
 */
export function isTrustedSender(event: SenderLike, appUrl: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false // the frame navigated away or was destroyed
  if (frame.parent !== null || frame !== event.sender.mainFrame) return false
  let sender: URL
  let own: URL
  try {
    sender = new URL(frame.url)
    own = new URL(appUrl)
  } catch {
    return false
  }
  return sender.protocol === own.protocol && sender.host === own.host && sender.pathname === own.pathname
}
