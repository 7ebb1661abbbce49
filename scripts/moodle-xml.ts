// The question bank as Moodle XML alone (`npm run export` writes it too; quiz/bank/moodle.ts builds it).
//
// Usage: `tsx scripts/moodle-xml.ts [out=exports/questions-moodle.xml]`

import { join } from 'node:path'
import process from 'node:process'
import { MOODLE_XML, writeMoodleXml } from '../quiz/bank/moodle'

const out = process.argv[2] ?? join('exports', MOODLE_XML)
console.log(`Moodle XML (${writeMoodleXml(out)} questions) → ${out}`)
