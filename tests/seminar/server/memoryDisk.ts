// A journal disk in memory for seminar tests; `failing` makes every append throw, as a full or unplugged disk would.

import type { JournalDisk } from '../../../seminar/server/journal'

export function memoryDisk(initial = '') {
  const files = new Map<string, string>([['j', initial]])
  let appends = 0
  const disk: JournalDisk & { failing: boolean, text: () => string, appends: () => number } = {
    failing: false,
    read: f => files.get(f),
    async append(f, text) {
      await Promise.resolve()
      if (disk.failing)
        throw new Error('EIO: disk failed')
      appends += 1
      files.set(f, (files.get(f) ?? '') + text)
    },
    replace: (f, text) => void files.set(f, text),
    text: () => files.get('j') ?? '',
    appends: () => appends,
  }
  return disk
}
