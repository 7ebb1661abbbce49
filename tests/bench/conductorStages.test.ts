// Where a conductor command's time goes (bench/conductorStages.ts): the marks each tab noted become stages
// that add up to the whole path, a missing mark merges its stage into the next, and the slowest commands are
// named with their stages.

import type { CommandTrace } from '../../bench/conductorStages'
import { describe, expect, it } from 'vitest'
import { commandStages, slowest, STAGES, stageSummary } from '../../bench/conductorStages'

const trace = (i: number, shownMs: number, stages: CommandTrace['stages']): CommandTrace => ({ i, action: i % 2 ? 'prev' : 'next', from: '6:0', to: '/context-kurils?clicks=0', frameMs: shownMs - 2, shownMs, stages })

describe('given the marks of one command in the presenter view and the projector tab', () => {
  it('cuts the path into its stages, in order, adding up to the time until the projector painted', () => {
    const stages = commandStages(1000, { heard: 1003, synced: 1015 }, { told: 1016, routed: 1018, frame: 1030, painted: 1034 })
    expect(stages).toEqual({ server: 3, presenter: 12, sync: 1, route: 2, frame: 12, paint: 4 })
    expect(Object.keys(stages)).toEqual([...STAGES])
    expect(Object.values(stages).reduce((a, b) => a + b, 0)).toBe(34)
  })

  it('counts a stage whose mark is missing into the next one, so the total still holds', () => {
    const stages = commandStages(1000, { synced: 1015 }, { told: 1016, routed: 1018, frame: 1030, painted: 1034 })
    expect(stages).toEqual({ presenter: 15, sync: 1, route: 2, frame: 12, paint: 4 })
    expect(Object.values(stages).reduce((a, b) => a + b, 0)).toBe(34)
  })

  it('takes the presenter view\'s marks for the first two stages and the projector\'s for the rest, as both tabs note everything', () => {
    const stages = commandStages(1000, { heard: 1003, synced: 1015, told: 1999 } as never, { heard: 1002, synced: 1040, told: 1016, routed: 1018, frame: 1030, painted: 1034 } as never)
    expect(stages).toEqual({ server: 3, presenter: 12, sync: 1, route: 2, frame: 12, paint: 4 })
  })
})

describe('given the traces of a run', () => {
  const traces = [trace(0, 40, { server: 3, presenter: 12, sync: 1, route: 2, frame: 18, paint: 4 }), trace(1, 140, { server: 3, presenter: 12, sync: 1, route: 2, frame: 118, paint: 4 }), trace(2, 60, { server: 23, presenter: 12, sync: 1, route: 2, frame: 18, paint: 4 })]

  it('names the slowest commands first, each with where it went and its stages', () => {
    expect(slowest(traces, 2)).toEqual([
      '#1 prev from 6:0 to /context-kurils?clicks=0: 140.0 ms (server 3.0, presenter 12.0, sync 1.0, route 2.0, frame 118.0, paint 4.0)',
      '#2 next from 6:0 to /context-kurils?clicks=0: 60.0 ms (server 23.0, presenter 12.0, sync 1.0, route 2.0, frame 18.0, paint 4.0)',
    ])
  })

  it('gives each stage\'s median and largest share', () => {
    const summary = stageSummary(traces)
    expect(summary.find(s => s.stage === 'frame')).toEqual({ stage: 'frame', median: 18, max: 118 })
    expect(summary.find(s => s.stage === 'server')).toEqual({ stage: 'server', median: 3, max: 23 })
  })
})
