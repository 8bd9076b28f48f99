// Apple Mail's mailboxes: one "Name.mbox" directory per mailbox (nested ones inside their
// parent's), each message one file "<id>.emlx" (or "<id>.partial.emlx" when its attachments
// are stored apart) in a "Messages" directory. Before macOS 10.9 (Mail V2) Messages sits right
// in the .mbox; later eras put it under "<mailbox UUID>/Data/<digits>/.../Messages". The walk
// takes both: every Messages directory below a mailbox counts for it, Attachments are skipped.
import type { LocalMailCount } from '../../model.js'
import type { CountBudget, HomeBounds } from './bounds.js'

export interface EmlxWalk {
  bounds: HomeBounds
  budget: CountBudget
}

async function countMessagesDir(dir: string, walk: EmlxWalk, total: LocalMailCount): Promise<void> {
  for (const entry of await walk.bounds.list(dir, walk.budget)) {
    if (entry.kind === 'file' && entry.name.endsWith('.emlx')) {
      total.messages++
      total.bytes += entry.size
    }
  }
}

async function walkDir(dir: string, walk: EmlxWalk, depth: number, seen: Set<string>, total: LocalMailCount): Promise<void> {
  for (const entry of await walk.bounds.list(dir, walk.budget)) {
    if (entry.kind !== 'directory' || seen.has(entry.path)) continue
    seen.add(entry.path)
    if (entry.name === 'Messages') {
      await countMessagesDir(entry.path, walk, total)
    } else if (entry.name === 'Attachments' || entry.name.startsWith('.')) {
      continue
    } else if (entry.name.endsWith('.mbox')) {
      walk.budget.folder(depth)
      total.folders++
      await walkDir(entry.path, walk, depth + 1, seen, total)
    } else {
      // Mail's own layers (<UUID>, Data, digit folders) count against the depth as well.
      walk.budget.descend(depth + 1)
      await walkDir(entry.path, walk, depth + 1, seen, total)
    }
  }
}

/** Counts every mailbox and nested mailbox of one account folder (`dir` is inside the home). */
export async function countEmlxStore(dir: string, walk: EmlxWalk): Promise<LocalMailCount> {
  const total: LocalMailCount = { messages: 0, folders: 0, bytes: 0 }
  await walkDir(dir, walk, 0, new Set([dir]), total)
  return total
}
