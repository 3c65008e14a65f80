// The command line: `node --import tsx server/src/cli/minutes.ts <command>`, or `npm run minutes -- <command>`.
import { runCli } from './runCli'

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
})
