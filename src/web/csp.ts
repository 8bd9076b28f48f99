// The Content Security Policy of the app's page, sent as a header by Electron's session (main/) and
// by browser mode, and repeated as a meta tag in renderer/index.html (file:// pages get no
// headers). No unsafe-eval, no remote content: the page loads only its own files and talks
// to the core over IPC (Electron) or its own origin (browser mode).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
