// Accept IPC only from our own page in the main frame (VS Code's validatedIpcMain). GitHub
// Desktop once shipped this check inverted, so it has its own unit test.
//
// "Own origin" for a file:// page: every file:// page shares Chromium's opaque file origin,
// so the origin alone proves nothing. Ours is the scheme file:, no host (a UNC host is a
// different file) and exactly the path of dist/renderer/index.html; query and hash may vary.
// Another file:// page cannot get into our window (navigation and new windows are denied in
// harden.ts), and if one ever did, its path differs. Paths are compared decoded, because
// Node's pathToFileURL and Chromium percent-encode some characters differently (a space,
// "ü" or "{" in a Windows user name sits in the per-user install path).

/** The parts of Electron's WebFrameMain / IpcMainInvokeEvent the guard looks at. */
export interface FrameLike {
  url: string
  parent: FrameLike | null
}

export interface SenderLike {
  senderFrame: FrameLike | null
  sender: { mainFrame: FrameLike }
}

/** The file path a file: URL names, decoded; null when a segment hides a separator or NUL. */
export function decodedFilePath(url: URL): string | null {
  const segments: string[] = []
  for (const raw of url.pathname.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (/[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  const path = segments.join('/')
  // Windows: "/C:/Users/..." and "/c:/Users/..." are the same file; Chromium upper-cases the letter.
  return /^\/[A-Za-z]:\//.test(path) ? `/${path[1]!.toUpperCase()}${path.slice(2)}` : path
}

/**
 * `appUrl` is the URL our window loads (file:///.../dist/renderer/index.html). Only that
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
  if (sender.protocol !== own.protocol || sender.host !== own.host) return false
  const senderPath = decodedFilePath(sender)
  return senderPath !== null && senderPath === decodedFilePath(own)
}
