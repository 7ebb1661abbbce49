// The SCORM package, built once for the specs that need it (scorm.spec.ts unpacks it as an LMS would;
// slidev.spec.ts checks the links of its hash-mode build). A setup project: it runs beside the other specs.

import { test as setup } from '@playwright/test'
import { buildForLms, packageDir } from '../../tools/scorm-package'
import { LMS, reuse } from './built'

setup('build the SCORM package once', () => {
  setup.setTimeout(300_000)
  if (reuse(LMS.zip))
    return
  buildForLms(LMS.dir)
  packageDir(LMS.dir, LMS.zip)
})
