// The help pages the app may open: the list lives with the advice that links to them
// (src/diagnose/help-links.ts); both shells (Electron, browser mode) take it from here.
export { isAllowedHelpUrl } from '../diagnose/help-links.js'
