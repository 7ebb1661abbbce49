/**
 * `npm run seminar`: presents the deck for a room. Slidev's remote mode (listening on the network,
 * presenter view behind a password) plus the live-voting server, and the audience address printed
 * here and shown on the Join slide as a QR code.
 *
 * Usage: `SEMINAR_PASSWORD=choose-one npm run seminar` (optional: PORT=3030, SEMINAR_HOST=<this laptop's LAN address>)
 */
import { spawn } from 'node:child_process'
import { networkInterfaces } from 'node:os'

const password = process.env.SEMINAR_PASSWORD
if (!password || password.length < 6) {
  console.error('Set a presenter password of at least 6 characters: SEMINAR_PASSWORD=... npm run seminar')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 3030)

/** The first non-internal IPv4 address: what phones on the same network can reach. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address
  }
  return '127.0.0.1'
}

const host = process.env.SEMINAR_HOST ?? lanAddress()
const audienceUrl = `http://${host}:${port}/vote`
console.log(`\n  Audience (phones): ${audienceUrl}`)
console.log(`  Projector:         http://${host}:${port}/join`)
console.log(`  Presenter:         http://localhost:${port}/presenter (password required)\n`)

const child = spawn('npx', ['slidev', '--port', String(port), '--remote', password, '--bind', process.env.SEMINAR_BIND ?? '0.0.0.0'], {
  stdio: 'inherit',
  env: { ...process.env, SEMINAR_AUDIENCE_URL: audienceUrl },
})
child.on('exit', code => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
