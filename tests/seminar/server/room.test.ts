import type { QuizQuestion } from '../../../quiz/engine/types'
import type { Entry } from '../../../seminar/server/room'
import { describe, expect, it, vi } from 'vitest'
import { openJournal } from '../../../seminar/server/journal'
import { createRoom } from '../../../seminar/server/room'
import { multiple, ordering, single } from '../../fixtures/quiz'
import { memoryDisk } from './memoryDisk'

const questions = new Map<string, QuizQuestion>([single(), multiple(), ordering()].map(q => [q.id, q]))
function open(disk: ReturnType<typeof memoryDisk>, votersPerAddress = 2, onChange = vi.fn()) {
  return createRoom({ questions, journal: openJournal<Entry>('j', disk, () => {}), votersPerAddress, onChange })
}

describe('given a room', () => {
  it('takes ballots only for the open question', async () => {
    const room = open(memoryDisk())
    const v = (await room.issueVoter('10.0.0.1'))!
    expect(await room.vote(v, { questionId: 'a-single', optionIds: ['y'] })).toEqual({ refused: 'not-open' })
    await room.setCurrent('a-single')
    expect(await room.vote(v, { questionId: 'a-single', optionIds: ['y'] })).toMatchObject({ seq: expect.any(Number) })
    expect(await room.vote(v, { questionId: 'a-multiple', optionIds: ['p'] })).toEqual({ refused: 'not-open' })
    await room.close('a-single')
    expect(await room.vote(v, { questionId: 'a-single', optionIds: ['x'] })).toEqual({ refused: 'closed' })
    expect(room.tally.snapshot('a-single')).toMatchObject({ voters: 1, counts: { y: 1 }, closed: true })
  })

  it('opens only votable questions: an ordering slide opens none', async () => {
    const room = open(memoryDisk())
    await room.setCurrent('a-single')
    await room.setCurrent('a-ordering')
    expect(room.current).toBeNull()
  })

  it('gives each network address no more voter ids than its cap, even when asked all at once', async () => {
    const room = open(memoryDisk(), 3)
    const ids = await Promise.all(Array.from({ length: 20 }, () => room.issueVoter('10.0.0.1')))
    expect(ids.filter(Boolean)).toHaveLength(3)
    expect(room.addressFull('10.0.0.1')).toBe(true)
    expect(await room.issueVoter('10.0.0.2')).toMatch(/^[\w-]{22}$/)
    expect(room.isVoter('made-up-voter-id-00000')).toBe(false)
  })

  it('rebuilds the same state from its journal after a crash, and after compaction', async () => {
    const disk = memoryDisk()
    const room = open(disk)
    const [a, b] = [(await room.issueVoter('10.0.0.1'))!, (await room.issueVoter('10.0.0.2'))!]
    await room.setCurrent('a-multiple')
    await room.vote(a, { questionId: 'a-multiple', optionIds: ['p', 'q'] })
    await room.vote(b, { questionId: 'a-multiple', optionIds: ['s'] })
    await room.close('a-multiple')
    await room.setCurrent('a-single')
    await room.vote(a, { questionId: 'a-single', optionIds: ['x'] })
    await room.vote(a, { questionId: 'a-single', optionIds: ['y'] })

    const again = open(disk)
    expect(again.tally.all()).toEqual(room.tally.all())
    expect(again.current).toBe('a-single')
    // What the banner says it resumed.
    expect(again.summary()).toEqual({ devices: 2, votes: 3, closed: 1 })
    expect(again.isVoter(a) && again.isVoter(b)).toBe(true)

    openJournal<Entry>('j', disk).compact(room.entries())
    const compacted = open(disk)
    expect(compacted.tally.all()).toEqual(room.tally.all())
    expect(compacted.current).toBe('a-single')
    expect(disk.text().split('\n').length).toBeLessThan(12)
  })

  it('remembers every question the presenter opened, votes or none, through a restart, compaction and a reset', async () => {
    const disk = memoryDisk()
    const room = open(disk)
    expect(room.asked()).toEqual([])
    await room.setCurrent('a-single')
    await room.setCurrent('a-multiple')
    await room.setCurrent(null)
    await room.reset('a-single')
    expect(room.asked()).toEqual(['a-single', 'a-multiple'])
    expect(room.wasAsked('a-ordering')).toBe(false)
    expect(open(disk).asked()).toEqual(['a-single', 'a-multiple'])
    openJournal<Entry>('j', disk).compact(room.entries())
    const compacted = open(disk)
    expect(compacted.asked().sort()).toEqual(['a-multiple', 'a-single'])
    expect(compacted.current).toBeNull()
  })

  it('forgets a question it opened when the disk refused that opening', async () => {
    const disk = memoryDisk()
    const room = open(disk)
    disk.failing = true
    await expect(room.setCurrent('a-single')).rejects.toThrow()
    expect([room.asked(), room.current]).toEqual([[], null])
  })

  it('raises one address\'s cap when the presenter allows its refused devices, and keeps the raise through a restart and compaction', async () => {
    const disk = memoryDisk()
    const room = open(disk, 1)
    expect(await room.issueVoter('10.0.0.1')).toBeTruthy()
    expect(await room.issueVoter('10.0.0.1')).toBeNull()
    room.refuse('10.0.0.1', 'waiting-a')
    room.refuse('10.0.0.1', 'waiting-a')
    room.refuse('10.0.0.1', 'waiting-b')
    expect(room.refused()).toEqual([{ address: '10.0.0.1', devices: 2 }])
    await room.allow('10.0.0.1')
    expect(room.refused()).toEqual([])
    // One voter, two waiting, and the usual cap of one more.
    expect(room.capOf('10.0.0.1')).toBe(4)
    expect(room.capOf('10.0.0.2')).toBe(1)
    expect(await room.issueVoter('10.0.0.1')).toBeTruthy()
    expect(open(disk, 1).capOf('10.0.0.1')).toBe(4)
    openJournal<Entry>('j', disk).compact(room.entries())
    expect(open(disk, 1).capOf('10.0.0.1')).toBe(4)
  })

  it('counts nothing that the disk refused, and reports it', async () => {
    const disk = memoryDisk()
    const room = open(disk)
    const v = (await room.issueVoter('10.0.0.1'))!
    await room.setCurrent('a-single')
    disk.failing = true
    await expect(room.vote(v, { questionId: 'a-single', optionIds: ['y'] })).rejects.toThrow('EIO')
    expect(room.tally.snapshot('a-single').voters).toBe(0)
  })

  it('moves the histogram before the disk answers, and undoes every change the disk refused, newest first', async () => {
    const disk = memoryDisk()
    const onChange = vi.fn()
    const room = open(disk, 2, onChange)
    const v = (await room.issueVoter('10.0.0.1'))!
    await room.setCurrent('a-single')
    await room.vote(v, { questionId: 'a-single', optionIds: ['x'] })
    disk.failing = true
    const change = room.vote(v, { questionId: 'a-single', optionIds: ['y'] })
    const close = room.close('a-single')
    // Applied at once, so the deck hears of it without waiting for the disk.
    expect(room.tally.snapshot('a-single')).toMatchObject({ counts: { x: 0, y: 1 }, closed: true })
    onChange.mockClear()
    expect((await Promise.allSettled([change, close])).map(r => r.status)).toEqual(['rejected', 'rejected'])
    expect(room.tally.snapshot('a-single')).toMatchObject({ counts: { x: 1, y: 0 }, voters: 1, closed: false })
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ kind: 'tally', questionId: 'a-single' }))
    expect(open(disk).tally.all()).toEqual(room.tally.all())
  })

  it('journals each round of peer instruction apart, with confidence, and rebuilds the same rounds after a crash and after compaction', async () => {
    const disk = memoryDisk()
    const room = open(disk, 4)
    const [a, b, c] = [(await room.issueVoter('10.0.0.1'))!, (await room.issueVoter('10.0.0.1'))!, (await room.issueVoter('10.0.0.1'))!]
    await room.setCurrent('a-single')
    await room.vote(a, { questionId: 'a-single', optionIds: ['x'], confidence: 'sure' })
    await room.vote(b, { questionId: 'a-single', optionIds: ['y'] })
    await room.setStep('a-single', 'discuss')
    expect(await room.vote(c, { questionId: 'a-single', optionIds: ['y'] })).toEqual({ refused: 'discuss' })
    await room.setStep('a-single', 'round2')
    // A phone still showing round 1 is told the round is over.
    expect(await room.vote(a, { questionId: 'a-single', optionIds: ['y'], round: 1 })).toEqual({ refused: 'other-round' })
    await room.vote(a, { questionId: 'a-single', optionIds: ['y'], confidence: 'fair', round: 2 })
    await room.vote(c, { questionId: 'a-single', optionIds: ['z'] })
    const lines = disk.text().trim().split('\n').map(l => JSON.parse(l) as Entry)
    expect(lines.filter(e => e.t === 'vote').map(e => e.t === 'vote' && [e.r, e.c ?? null])).toEqual([[1, 'sure'], [1, null], [2, 'fair'], [2, null]])
    expect(lines.filter(e => e.t === 'step').map(e => e.t === 'step' && e.s)).toEqual(['discuss', 'round2'])
    const before = room.tally.snapshot('a-single')
    expect(before.rounds.map(r => r.voters)).toEqual([2, 3])
    expect(before.moved).toEqual({ wrongToRight: 1, rightToWrong: 0, stayedRight: 1, stayedWrong: 0 })

    // kill -9: the journal as it stands.
    expect(open(disk).tally.all()).toEqual(room.tally.all())
    await room.setStep('a-single', 'discuss')
    openJournal<Entry>('j', disk).compact(room.entries())
    expect(open(disk).tally.all()).toEqual(room.tally.all())
    await room.close('a-single')
    // Closed: no step moves it any more.
    await room.setStep('a-single', 'round1')
    expect(room.tally.stepOf('a-single')).toBe('discuss')
    openJournal<Entry>('j', disk).compact(room.entries())
    expect(open(disk).tally.all()).toEqual(room.tally.all())
  })

  it('never reopens round 1 once round 2 has opened, writes no line for the step back, and replays an old journal\'s step back as nothing', async () => {
    const disk = memoryDisk()
    const room = open(disk, 4)
    const [a, b] = [(await room.issueVoter('10.0.0.1'))!, (await room.issueVoter('10.0.0.1'))!]
    await room.setCurrent('a-single')
    await room.vote(a, { questionId: 'a-single', optionIds: ['x'] })
    await room.vote(b, { questionId: 'a-single', optionIds: ['z'] })
    await room.setStep('a-single', 'discuss')
    await room.setStep('a-single', 'round2')
    await room.vote(a, { questionId: 'a-single', optionIds: ['y'] })
    const lines = disk.text()
    await room.setStep('a-single', 'round1')
    expect(disk.text()).toBe(lines)
    expect(room.tally.stepOf('a-single')).toBe('round2')
    expect(await room.vote(b, { questionId: 'a-single', optionIds: ['y'], round: 1 })).toEqual({ refused: 'other-round' })
    await room.vote(b, { questionId: 'a-single', optionIds: ['y'] })
    expect(room.tally.snapshot('a-single').moved).toEqual({ wrongToRight: 2, rightToWrong: 0, stayedRight: 0, stayedWrong: 0 })
    expect(open(disk).tally.all()).toEqual(room.tally.all())

    // A journal written before this rule, with round 1 reopened: the step back and the round-1 ballot cast after it are skipped.
    const old = memoryDisk(`${lines}{"t":"step","q":"a-single","s":"round1"}\n{"t":"vote","v":"${b}","q":"a-single","o":["y"],"r":1}\n`)
    expect(open(old).tally.snapshot('a-single')).toMatchObject({ step: 'round2', rounds: [{ voters: 2, right: 0 }, { voters: 2, right: 1 }] })
  })

  it('loads a journal written before rounds and confidence: every vote counts in round 1', () => {
    const room = open(memoryDisk('{"t":"voter","v":"aaaaaaaaaaaaaaaaaaaaaa","a":"10.0.0.1"}\n{"t":"current","q":"a-single"}\n{"t":"vote","v":"aaaaaaaaaaaaaaaaaaaaaa","q":"a-single","o":["y"]}\n{"t":"close","q":"a-single"}\n'))
    expect(room.tally.snapshot('a-single')).toMatchObject({ voters: 1, right: 1, closed: true, step: 'round1', rounds: [{ voters: 1 }], byConfidence: { none: { voters: 1, right: 1 } } })
  })

  it('skips journal lines that parse but are not entries, or name unknown questions', () => {
    const room = open(memoryDisk('{"t":"current","q":"a-single"}\n{"t":"close","q":"nope"}\n{"t":"drop-tables"}\n{"t":"vote","v":"v","q":"a-single","o":["y"]}\n'))
    expect(room.tally.snapshot('a-single')).toMatchObject({ voters: 1, counts: { y: 1 } })
  })

  it('skips lines whose fields are not what an entry holds, starts, and keeps every other vote', () => {
    const v = (n: number) => String(n).repeat(22)
    const lines = [
      `{"t":"voter","v":"${v(1)}","a":"10.0.0.1"}`,
      `{"t":"voter","v":"${v(2)}","a":"10.0.0.1"}`,
      `{"t":"voter","v":"${v(3)}","a":"10.0.0.2"}`,
      '{"t":"current","q":"nope"}',
      '{"t":"current","q":"a-ordering"}',
      '{"t":"current","q":7}',
      '{"t":"current","q":"a-single"}',
      `{"t":"vote","v":"${v(1)}","q":"a-single","o":["y"],"c":"sure"}`,
      // Alone in its voter's round, this ballot once made the start-up banner's count throw.
      `{"t":"vote","v":"${v(3)}","q":"a-single","o":["x"],"c":"x"}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":["x"],"r":3}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":["x"],"r":"1"}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":[]}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":"x"}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":["nope"]}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":[["x"]]}`,
      `{"t":"vote","v":"${v(2)}","q":"a-single","o":["z"],"c":"guess","r":1}`,
      '{"t":"step","q":"a-single","s":"round2","carry":"no"}',
      '{"t":"allow","a":"10.0.0.1","n":"9"}',
      '[]',
    ]
    const room = open(memoryDisk(`${lines.join('\n')}\n`))
    expect(room.summary()).toEqual({ devices: 3, votes: 2, closed: 0 })
    expect(room.skippedLines).toBe(13)
    expect(room.current).toBe('a-single')
    expect(room.asked()).toEqual(['a-single'])
    expect(room.tally.snapshot('a-single')).toMatchObject({
      step: 'round1',
      counts: { x: 0, y: 1, z: 1 },
      byConfidence: { sure: { voters: 1, right: 1 }, guess: { voters: 1, right: 0 }, fair: { voters: 0 }, none: { voters: 0 } },
    })
    expect(room.capOf('10.0.0.1')).toBe(2)
  })
})
