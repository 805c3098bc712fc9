#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx subtext` works straight after `npm install`.
import { register } from 'tsx/esm/api'

register()
const { run } = await import('../src/adapters/cli/main.ts')
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
})
