// A stand-in LMS for the SCORM browser test: scorm-again's SCORM 1.2 run-time as window.API in a page that
// frames the package's launch file, served from a Moodle-like file path with no rewrites (a missing file is
// a 404, as in an LMS). `?resume=<json>` seeds the run-time with what an LMS kept from an earlier session;
// `?refuse=1` makes the LMS's server answer every commit with an error, as an LMS that lost the session does.

import type { Server } from 'node:http'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export const CONTENT_PATH = '/pluginfile.php/7/mod_scorm/content/1/'

const lmsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course</title>
<script src="/scorm-again/scorm12.min.js"></script>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style>
</head><body>
<script>
  const params = new URLSearchParams(location.search)
  const commit = params.get('refuse') ? { lmsCommitUrl: '/lms/commit' } : {}
  window.API = new Scorm12API({ autocommit: false, logLevel: 5, ...commit })
  if (params.get('resume')) window.API.loadFromJSON(JSON.parse(params.get('resume')), 'cmi')
  // What the LMS would store: every value the content wrote, and whether it finished.
  window.lmsKept = { finished: false }
  window.API.on('LMSSetValue.cmi.*', (element, value) => { window.lmsKept[element] = value })
  window.API.on('LMSFinish', () => { window.lmsKept.finished = true })
  const frame = document.createElement('iframe')
  frame.title = 'Course content'
  frame.src = '${CONTENT_PATH}index.html' + (params.get('launch') ?? '')
  document.body.append(frame)
</script>
</body></html>`

/** Serves the LMS page, scorm-again, and the unpacked package in `contentDir` on 127.0.0.1:`port`. */
export function serveLms(contentDir: string, port: number): Promise<Server> {
  const runtime = sirv(join(import.meta.dirname, '../../node_modules/scorm-again/dist'), { dev: true })
  const content = sirv(contentDir, { dev: true })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    const notFound = () => {
      res.writeHead(404).end('Not found')
    }
    if (url.startsWith('/lms/commit')) {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"result":false,"errorCode":101}')
    }
    else if (url.startsWith('/lms.html')) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage)
    }
    else if (url.startsWith('/scorm-again/')) {
      req.url = url.slice('/scorm-again'.length)
      runtime(req, res, notFound)
    }
    else if (url.startsWith(CONTENT_PATH)) {
      req.url = url.slice(CONTENT_PATH.length - 1)
      content(req, res, notFound)
    }
    else {
      notFound()
    }
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}
