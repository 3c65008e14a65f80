import type { Readable, Writable } from 'node:stream'

export interface PasswordInput {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }
  stderr: Writable
}

/**
 * At a terminal, asks without echoing what is typed; from a pipe, takes the first line, so
 * that `printf '%s\n' "$PASSWORD" | minutes create-user …` keeps it out of the process list.
 */
export async function readPassword(
  { stdin, stderr }: PasswordInput,
  prompt: string,
): Promise<string> {
  if (!stdin.isTTY || !stdin.setRawMode) return readFirstLine(stdin)
  stderr.write(prompt)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = ''
      const onData = (chunk: string) => {
        for (const character of chunk) {
          if (character === '\r' || character === '\n') {
            stdin.off('data', onData)
            stderr.write('\n')
            resolve(typed)
            return
          }
          if (character === '\u0003') {
            stdin.off('data', onData)
            reject(new Error('Cancelled.'))
            return
          }
          typed =
            character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character
        }
      }
      stdin.on('data', onData)
    })
  } finally {
    stdin.setRawMode(false)
    stdin.pause()
  }
}

async function readFirstLine(stdin: Readable): Promise<string> {
  let text = ''
  for await (const chunk of stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}
