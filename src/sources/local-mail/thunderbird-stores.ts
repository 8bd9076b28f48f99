// Thunderbird's two local message stores, counted folder by folder with their subfolders.
// Which names are folders: nsMsgLocalStoreUtils::nsShouldIgnoreFile (comm-central
// mailnews/local/src/nsMsgLocalStoreUtils.cpp). Subfolders of folder "X" live in the directory
// "X.sbd" next to it (FOLDER_SUFFIX), in both stores.
//  - mbox ("berkeleystore", the default): each folder is one file, its summary "X.msf" beside it.
//  - maildir ("maildirstore"): each folder is a directory whose messages are the files in cur/
//    and new/; tmp/ holds deliveries still being written, which are not messages yet
//    (nsMsgMaildirStore.cpp; the maildir convention, cr.yp.to/proto/maildir.html).
import type { LocalMailCount } from '../../model.js'
import { CountBudget, HomeBounds, type FolderEntry } from './bounds.js'
import { countMbox } from './mbox-count.js'

const IGNORED_NAMES = new Set([
  'msgfilterrules.dat',
  'rules.dat',
  'filterlog.html',
  'junklog.html',
  'rulesbackup.dat',
  'popstate.dat',
  'sort.dat',
  'mailfilt.log',
  'filters.js',
  'feeds.json',
  'feeds.json.tmp',
  'feeds.json.backup',
  'feeds.json.corrupt',
  'feeditems.json',
  'feeditems.json.tmp',
  'feeditems.json.backup',
  'feeditems.json.corrupt',
  'feeds.rdf',
  'feeditems.rdf',
])
const IGNORED_ENDINGS = ['.snm', '.toc', '.mozmsgs', '.sbd', '.msf']

/** nsShouldIgnoreFile: names that are never a mail folder. */
export function isIgnoredName(name: string): boolean {
  if (!name || name.startsWith('.') || name.startsWith('#') || name.endsWith('~')) return true
  const lower = name.toLowerCase()
  if (IGNORED_NAMES.has(lower) || lower.startsWith('feeditems_error')) return true
  return IGNORED_ENDINGS.some((ending) => lower.endsWith(ending))
}

export type StoreKind = 'mbox' | 'maildir'

export interface StoreWalk {
  bounds: HomeBounds
  budget: CountBudget
}

function add(total: LocalMailCount, part: LocalMailCount): void {
  total.messages += part.messages
  total.folders += part.folders
  total.bytes += part.bytes
}

/** The "X.sbd" subfolder directories of one level. */
function subfolderDirs(entries: FolderEntry[]): FolderEntry[] {
  return entries.filter((e) => e.kind === 'directory' && e.name.toLowerCase().endsWith('.sbd'))
}

async function countMboxLevel(dir: string, walk: StoreWalk, depth: number, seen: Set<string>): Promise<LocalMailCount> {
  const total: LocalMailCount = { messages: 0, folders: 0, bytes: 0 }
  const entries = await walk.bounds.list(dir, walk.budget)
  for (const entry of entries) {
    if (entry.kind !== 'file' || isIgnoredName(entry.name)) continue
    walk.budget.folder(depth)
    walk.budget.read(entry.size)
    const counted = await countMbox(entry.path)
    add(total, { messages: counted.messages, folders: 1, bytes: counted.bytes })
  }
  for (const sub of subfolderDirs(entries)) {
    if (seen.has(sub.path)) continue
    seen.add(sub.path)
    add(total, await countMboxLevel(sub.path, walk, depth + 1, seen))
  }
  return total
}

async function countMaildirFolder(folder: FolderEntry, walk: StoreWalk): Promise<LocalMailCount> {
  const total: LocalMailCount = { messages: 0, folders: 1, bytes: 0 }
  const parts = await walk.bounds.list(folder.path, walk.budget)
  for (const part of parts) {
    if (part.kind !== 'directory' || (part.name !== 'cur' && part.name !== 'new')) continue
    for (const file of await walk.bounds.list(part.path, walk.budget)) {
      if (file.kind !== 'file' || file.name.startsWith('.')) continue
      total.messages++
      total.bytes += file.size
    }
  }
  return total
}

async function countMaildirLevel(dir: string, walk: StoreWalk, depth: number, seen: Set<string>): Promise<LocalMailCount> {
  const total: LocalMailCount = { messages: 0, folders: 0, bytes: 0 }
  const entries = await walk.bounds.list(dir, walk.budget)
  for (const entry of entries) {
    if (entry.kind !== 'directory' || isIgnoredName(entry.name)) continue
    walk.budget.folder(depth)
    add(total, await countMaildirFolder(entry, walk))
  }
  for (const sub of subfolderDirs(entries)) {
    if (seen.has(sub.path)) continue
    seen.add(sub.path)
    add(total, await countMaildirLevel(sub.path, walk, depth + 1, seen))
  }
  return total
}

/** Counts every folder and subfolder of one account's directory (`dir` is inside the home). */
export function countThunderbirdStore(kind: StoreKind, dir: string, walk: StoreWalk): Promise<LocalMailCount> {
  const seen = new Set<string>([dir])
  return kind === 'maildir' ? countMaildirLevel(dir, walk, 0, seen) : countMboxLevel(dir, walk, 0, seen)
}
