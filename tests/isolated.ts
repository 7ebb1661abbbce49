// The unit test files that replace a module (`vi.mock`) or a global (`vi.stubGlobal`) and so each need fresh
// modules of their own. vitest.config.ts runs them isolated and every other file in one shared module graph per
// worker; tests/isolated.test.ts fails when a file that replaces something is missing here.
export const ISOLATED = [
  'tests/components/SeminarRoomSummary.test.ts',
  'tests/components/SeminarTally.test.ts',
  'tests/seminar/client/useSeminar.test.ts',
  'tests/slidev/lazy-notes.test.ts',
]
