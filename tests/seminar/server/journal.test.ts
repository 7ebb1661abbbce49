import { describe, expect, it, vi } from 'vitest'
import { openJournal } from '../../../seminar/server/journal'
import { memoryDisk } from './memoryDisk'

describe('given a journal', () => {
  it('reads back what was appended, in order', async () => {
    const disk = memoryDisk()
    const j = openJournal<{ n: number }>('j', disk)
    await Promise.all([1, 2, 3].map(n => j.append({ n })))
    expect(openJournal('j', disk).replay()).toEqual({ entries: [{ n: 1 }, { n: 2 }, { n: 3 }], skipped: 0 })
  })

  it('writes entries that arrive together in one append (group commit)', async () => {
    const disk = memoryDisk()
    const j = openJournal<{ n: number }>('j', disk)
    await Promise.all(Array.from({ length: 100 }, (_, n) => j.append({ n })))
    expect(disk.appends()).toBeLessThanOrEqual(2)
    expect(j.replay().entries).toHaveLength(100)
  })

  it('skips a partial or corrupt line with a warning and keeps the rest', () => {
    const warn = vi.fn()
    const j = openJournal('j', memoryDisk('{"n":1}\n{"n":2\n[3]\n{"n":4}\n{"n"'), warn)
    expect(j.replay()).toEqual({ entries: [{ n: 1 }, { n: 4 }], skipped: 3 })
    expect(warn).toHaveBeenCalledTimes(3)
    expect(warn.mock.calls[0]![0]).toContain('line 2')
  })

  it('rejects an append the disk refused, and the next append starts on a fresh line', async () => {
    const disk = memoryDisk()
    const j = openJournal<{ n: number }>('j', disk)
    await j.append({ n: 1 })
    disk.failing = true
    await expect(j.append({ n: 2 })).rejects.toThrow('EIO')
    disk.failing = false
    await j.append({ n: 3 })
    expect(disk.text()).toBe('{"n":1}\n\n{"n":3}\n')
    expect(j.replay().entries).toEqual([{ n: 1 }, { n: 3 }])
  })

  it('fails the entries queued behind a failed write with it', async () => {
    const disk = memoryDisk()
    const j = openJournal<{ n: number }>('j', disk)
    disk.failing = true
    const results = await Promise.allSettled([1, 2, 3].map(n => j.append({ n })))
    expect(results.map(r => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(j.replay().entries).toEqual([])
  })

  it('compacts to the given entries', () => {
    const disk = memoryDisk('{"n":1}\n{"n":2}\n')
    openJournal('j', disk).compact([{ n: 2 }])
    expect(disk.text()).toBe('{"n":2}\n')
  })
})
