// ESLint (flat config): typescript-eslint's recommended rules, React's rules of hooks, and the
// layer rule of docs/architecture.md, checked on every import:
//   model <- net, redact, words <- probe, providers <- sources, diagnose
//         <- api layer (src/*.ts, src/report/) <- cli, web, main, renderer
// The renderer never imports Node-only code; only main/ipc.ts, main/preload.ts (and app.ts,
// which hands ipcMain to ipc.ts) touch ipcMain / ipcRenderer.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import i18next from 'eslint-plugin-i18next'

/** Import patterns (gitignore style, matched against the import path) a folder may not use. */
const folder = (name) => [`**/${name}/**`, `../${name}/*`, `./${name}/*`]
const API_LAYER = ['../api.js', '../api-call.js', '../api-dispatch.js', '../api-errors.js', '../api-validation.js', '../inspector.js', '../test-request.js', '**/report/**']
const OUTER = [...folder('cli'), ...folder('web'), '**/main/**', '**/renderer/**']

function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  }
}

const NODE_ONLY = ['node:*', 'electron', 'imapflow', 'sql.js', '@xmldom/xmldom', 'plist', ...folder('sources'), ...folder('providers'), ...folder('probe'), ...folder('net'), '**/inspector.js', ...folder('cli'), ...folder('web')]

/** Renderer files whose JSX shows no literal words (docs/i18n.md): all of them. */
const I18N_CHECKED_JSX = ['renderer/src/**/*.tsx']
/** Code whose output is read by people (the command line): no literal words (docs/i18n.md). */
const I18N_CHECKED_OUTPUT = ['src/cli/**/*.ts']
/**
 * The core's files that say something to the user (the readers' notes and reports, lookup's
 * notes, the POP3 answer): they give Notes (a code and its values, model.ts), never a sentence.
 * The parsers' own diagnostics (plist, XML, registry, prefs.js) are technical details quoted
 * inside a note as a value, like a server's reply, and stay outside this list.
 */
const I18N_CHECKED_CORE = [
  'src/sources/scan.ts', 'src/sources/labels.ts', 'src/sources/unreadable-clients.ts', 'src/sources/limits.ts', 'src/sources/local-mail/bounds.ts',
  'src/sources/thunderbird/{accounts,outgoing-server,profile-reader,discover-profiles,profiles-ini,local-mail}.ts',
  'src/sources/apple-mail/{reader,store-accounts,legacy-accounts,applescript,ask-apple-mail,pop3-deletion,local-mail,privacy}.ts',
  'src/sources/outlook/{reader,outlook-accounts,local-mail,reg-export,reg-query,live-registry}.ts',
  'src/providers/{lookup,imap-for-account,imap-lookup-for-account,srv,provider-notes}.ts',
]
/**
 * The login test's probes and the network pieces under them: every step detail and failure in
 * our own words is a Note (`steps:` code, `stepNote`); what stays text is the server's, a TLS
 * version, or a protocol command. Errors are not exempt here: a ProbeError's words are shown.
 */
const I18N_CHECKED_PROBE = ['src/probe/{imap,pop3,smtp,open-session,traced-connect,trace,test-cancelled}.ts', 'src/net/{deadline,line-client,tls-check,connect}.ts']
/**
 * The API layer and browser mode's shell, where a call is refused or its answer unwrapped: what a
 * person can meet is a catalogue message (the validator's `refuse`, the server's `refuseInWords`,
 * the browser-mode client's errors); what only a faulty caller meets is English for a developer,
 * and only through `fail` and `objectWith` (the validator), `refuseCaller` and `reason` (the server) or an `Error`.
 */
const I18N_CHECKED_API = ['src/api-call.ts', 'src/api-dispatch.ts', 'src/api-errors.ts', 'src/api-validation.ts', 'src/web/{server,request-guard,static-files}.ts', 'renderer/src/api-client.ts']
const I18N_API_CALLEES_NOT_WORDS = ['t', 'fail', 'objectWith', 'refuseCaller', 'Error']
/** Calls in the probes whose string arguments are protocol, not words: commands sent to a server. */
const I18N_PROBE_CALLEES_NOT_WORDS = ['t', 'stepNote', 'command', 'send', 'begin']
/** Calls whose string arguments are not words for the user: errors caught inside the core, registry value names, SQL. */
const I18N_CORE_CALLEES_NOT_WORDS = ['t', 'note', 'Error', '[A-Za-z]+Error', 'key', 'value', 'exec', 'text', 'list', 'int', 'bool']
/** JSX attributes that carry code, not words. */
const I18N_ATTRIBUTES_NOT_WORDS = ['className', 'style', 'type', 'key', 'id', 'htmlFor', 'lang', 'value', 'name', 'role', 'href', 'target', 'rel', 'autoComplete', 'inputMode', 'aria-live', 'aria-current', 'data-testid', 'data-step', 'width', 'height',
  // The renderer's own props that carry codes: which kind of value privacy mode masks
  // (sensitive, kind: 'email' | 'username'), which server a field list shows (prefix).
  'sensitive', 'kind', 'prefix']
/** Calls whose string arguments are codes: the catalogue itself, screen names, mask kinds. */
const I18N_CALLEES_NOT_WORDS = ['t', 'useT', 'navigate', 'maskFor', 'includes', 'indexOf', 'startsWith', 'endsWith', 'addEventListener', 'removeEventListener']
/** Object properties that carry codes: a state's tag (name, s, kind), privacy's mask kind. */
const I18N_PROPERTIES_NOT_WORDS = ['name', 's', 'kind', 'sensitive', 'screen', 'level', 'risk']

export default tseslint.config(
  { ignores: ['test/fixtures/**', 'dist/**', 'dist-renderer/**', 'dist-electron/**', 'node_modules/**', 'release/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Values from a parser or the wire are narrowed by hand where they enter.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  layer(['src/model.ts'], ['./*', '../*'], 'model.ts is the bottom layer: it imports nothing of the project.'),
  layer(['src/net/**'], [...folder('probe'), ...folder('providers'), ...folder('sources'), ...folder('diagnose'), ...API_LAYER, ...OUTER], 'net/ builds on model.ts only.'),
  layer(
    ['src/i18n/**'],
    ['node:*', '../*', '!../model.js'],
    'i18n/ builds on model.ts only, with no Node: the renderer, the CLI and the core all run it.',
  ),
  layer(
    ['src/redact/**', 'src/words/**'],
    ['node:*', ...folder('net'), ...folder('probe'), ...folder('providers'), ...folder('sources'), ...folder('diagnose'), ...API_LAYER, ...OUTER],
    'redact/ and words/ build on model.ts only, with no Node: the renderer runs them too.',
  ),
  layer(['src/probe/**'], [...folder('providers'), ...folder('sources'), ...folder('diagnose'), ...API_LAYER, ...OUTER], 'probe/ builds on model.ts and net/ only.'),
  layer(['src/providers/**'], [...folder('probe'), ...folder('sources'), ...folder('diagnose'), ...API_LAYER, ...OUTER], 'providers/ builds on model.ts and net/ only.'),
  layer(['src/sources/**'], [...folder('probe'), ...folder('diagnose'), ...API_LAYER, ...OUTER], 'sources/ builds on model.ts, net/ and providers/ only.'),
  layer(['src/diagnose/**'], [...folder('sources'), ...API_LAYER, ...OUTER], 'diagnose/ is below the API layer.'),
  layer(['src/*.ts', 'src/report/**'], OUTER, 'The API layer does not know its callers (cli, web, main, renderer).'),
  layer(
    ['src/cli/**', 'src/web/**', 'main/**'],
    [...folder('sources'), ...folder('providers'), ...folder('probe'), ...folder('net'), '**/diagnose/*'],
    'The shells reach the core through InspectorApi (inspector.ts, api-call.ts), not its folders.',
  ),
  layer(['renderer/**'], [...NODE_ONLY, '**/diagnose/*'], 'The renderer runs in a browser: no Node-only code, and the core only through InspectorApi.'),
  {
    files: ['src/**', 'renderer/**', 'main/**'],
    ignores: ['main/ipc.ts', 'main/preload.ts', 'main/app.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]", message: 'Only main/ipc.ts and main/preload.ts use ipcMain / ipcRenderer.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    // The plugin's own levels: a broken rule of hooks is an error, a missing dependency a warning.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // No words written into screens or command output: every one comes from the catalogues
  // (docs/i18n.md). JSX text and attributes in the renderer; string literals in CLI output.
  // The list grows folder by folder as each is converted; the goal is all of renderer/src and src/cli.
  {
    files: I18N_CHECKED_JSX,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { exclude: I18N_ATTRIBUTES_NOT_WORDS },
          callees: { exclude: I18N_CALLEES_NOT_WORDS },
          'object-properties': { exclude: I18N_PROPERTIES_NOT_WORDS },
        },
      ],
    },
  },
  {
    files: I18N_CHECKED_OUTPUT,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        // Every literal with a space in it is words for the user; a single token (an option name,
        // an encoding, a file name, a code) and a command line to copy are not.
        { mode: 'all', 'should-validate-template': true, words: { exclude: ['\\S*', '[\\s\\p{P}\\p{S}\\d]*', 'mail-settings-inspector .*'] } },
      ],
    },
  },
  {
    files: I18N_CHECKED_CORE,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        { mode: 'all', 'should-validate-template': true, callees: { exclude: I18N_CORE_CALLEES_NOT_WORDS }, words: { exclude: ['\\S*', '[\\s\\p{P}\\p{S}\\d]*'] } },
      ],
    },
  },
  {
    files: I18N_CHECKED_PROBE,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        { mode: 'all', 'should-validate-template': true, callees: { exclude: I18N_PROBE_CALLEES_NOT_WORDS }, words: { exclude: ['\\S*', '[\\s\\p{P}\\p{S}\\d]*'] } },
      ],
    },
  },
  {
    files: I18N_CHECKED_API,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'all',
          'should-validate-template': true,
          callees: { exclude: I18N_API_CALLEES_NOT_WORDS },
          'object-properties': { exclude: ['reason', '[A-Z][A-Za-z-]*'] },
          // A single token, punctuation, and a MIME type (header values) are not words.
          words: { exclude: ['\\S*', '[\\s\\p{P}\\p{S}\\d]*', '[a-z]+/[\\w.+-]+(; charset=utf-8)?'] },
        },
      ],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The command's entry is CommonJS, like the command it loads (vite.config.ts says why).
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
