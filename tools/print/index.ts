/**
 * The printouts `npm run export` makes beside the deck PDF, from its pages and the bank, with no further
 * Slidev export: the teachers' handout, the students' handout and the answer key, printed by one Chromium.
 *
 * Usage: `await buildPrintouts({ images: pdfToPngs(deckPdf, workDir), workDir, files })`
 */

import { quizBank } from '../../quiz/bank'
import { answerKeyHtml } from './answerKeyDocument'
import { printSlides } from './deck'
import { printPdfs } from './page'
import { studentHandoutHtml } from './studentHandout'
import { teacherHandoutHtml } from './teacherHandout'

export interface PrintoutFiles { teacherHandout: string, studentHandout: string, answerKey: string }

/** Writes the three PDFs; `images[i]` is the deck PDF's page i + 1. Returns the number of slides. */
export async function buildPrintouts({ images, workDir, files }: { images: readonly string[], workDir: string, files: PrintoutFiles }): Promise<number> {
  const slides = await printSlides()
  if (images.length !== slides.length)
    throw new Error(`The handouts need one picture a slide: ${images.length} pictures for ${slides.length} slides.`)
  const slideOfQuestion = new Map(slides.filter(s => s.quiz).map(s => [s.quiz!, s.no]))
  await printPdfs([
    { html: teacherHandoutHtml(slides, images), outFile: files.teacherHandout },
    { html: studentHandoutHtml(slides, images), outFile: files.studentHandout },
    { html: answerKeyHtml(quizBank, id => slideOfQuestion.get(id)), outFile: files.answerKey },
  ], workDir)
  return slides.length
}
