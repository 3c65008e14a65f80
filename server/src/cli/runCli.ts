import fs from 'node:fs'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { NewAccount, NewDocument, NewInvitation, Title } from '@minutes/protocol'
import { type AuthStore, EmailTakenError } from '../auth/AuthStore'
import { createInvitation } from '../auth/createInvitation'
import { loadAuthConfig } from '../auth/loadAuthConfig'
import { registerAccount } from '../auth/registerAccount'
import { ConfigError, loadConfig } from '../config'
import { InvalidMinutesError } from '../documents/encodeMinutesState'
import { boundedImporter } from '../imports/BoundedImporter'
import { ImportFailure } from '../imports/ImportFailure'
import type { ImportFile } from '../imports/importFile'
import { silentLogger } from '../logger'
import { createFromImport } from '../minutes/createFromImport'
import { createMinutes } from '../minutes/createMinutes'
import { InvalidInputError } from '../minutes/InvalidInputError'
import { parseInput } from '../minutes/parseInput'
import { openStores } from '../openStores'
import type { DocumentStore } from '../persistence/DocumentStore'
import { PostgresStartError } from '../persistence/postgres/openPostgresDatabase'
import { type PasswordInput, readPassword } from './readPassword'

export interface CliIo extends PasswordInput {
  env: NodeJS.ProcessEnv
  stdin: PasswordInput['stdin'] & Readable
  stdout: Writable
}

/** Wrong use of the command line: the usage follows the message. */
class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure the person can act on; printed without a stack. */
class CliError extends Error {
  override name = 'CliError'
}

interface Stores {
  documents: DocumentStore
  auth: AuthStore
}

interface CommandContext {
  io: CliIo
  values: Record<string, string | undefined>
  positionals: string[]
  publicUrl: string
  /** Opens the server's database; commands that only read refuse to create a new one. */
  /** The server's stores: its SQLite file, or PostgreSQL when DATABASE_URL is set. */
  open(options: { mustExist: boolean }): Promise<Stores>
}

interface Command {
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  positionals: number
  run(context: CommandContext): Promise<void>
}

const program = 'npm run minutes --'

const commands: Record<string, Command> = {
  'create-user': {
    usage: `create-user --name <name> --email <email> [--password <password>]
      Creates a secretariat account. Without --password it asks for one (from a pipe: the first
      line of standard input), which keeps the password out of your shell history.`,
    options: { name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
    positionals: 0,
    async run({ io, values, open }) {
      const { name, email } = values
      if (name === undefined || email === undefined) {
        throw new UsageError('create-user needs --name and --email.')
      }
      const password = values.password ?? (await askPassword(io))
      const input = parseInput(NewAccount, { name, email, password })
      const account = await registerAccount((await open({ mustExist: false })).auth, input)
      io.stderr.write(`Created the secretariat account of ${account.name} <${account.email}>.\n`)
    },
  },

  'create-doc': {
    usage: `create-doc --title <title>
      Creates empty minutes and prints their document id.`,
    options: { title: { type: 'string' } },
    positionals: 0,
    async run({ io, values, open, publicUrl }) {
      const input = parseInput(NewDocument, { title: values.title })
      const { id, title } = await createMinutes((await open({ mustExist: false })).documents, input)
      io.stdout.write(`${id}\n`)
      io.stderr.write(`Created "${title}": ${publicUrl}/d/${id}\n`)
    },
  },

  import: {
    usage: `import <file> [--title <title>]
      Creates minutes from a Word (.docx), text or Markdown (.md) file and prints their document id.
      The title is the body's name and the meeting date where the minutes give them, else the
      file's name, unless --title.`,
    options: { title: { type: 'string' } },
    positionals: 1,
    async run({ io, values, positionals, open, publicUrl }) {
      const upload = {
        file: await readFile(positionals[0] ?? ''),
        title: parseInput(Title, values.title),
      }
      const { documents } = await open({ mustExist: false })
      const { id, title, report } = await createFromImport(documents, boundedImporter, upload)
      io.stdout.write(`${id}\n`)
      const { recognised, unrecognised } = report
      io.stderr.write(
        `Imported "${title}": ${recognised.length} parts recognised, ${unrecognised.length} lines kept as plain text. ${publicUrl}/d/${id}\n`,
      )
    },
  },

  invite: {
    usage: `invite <docId> --role <secretariat|reviewer|speaker> [--speaker <personId>] [--days <1-90>] [--name <name>]
      Prints a new invitation link to one document (14 days unless --days).
      Speakers need --speaker, the id of their person in the document's register.`,
    options: {
      role: { type: 'string' },
      speaker: { type: 'string' },
      days: { type: 'string' },
      name: { type: 'string' },
    },
    positionals: 1,
    async run({ io, values, positionals, open, publicUrl }) {
      const documentId = positionals[0] ?? ''
      if (values.role === undefined) throw new UsageError('invite needs --role.')
      const { documents, auth } = await open({ mustExist: true })
      const document = await documents.getDocument(documentId)
      if (!document) {
        throw new CliError(
          `There is no document with id "${documentId}". List them with: ${program} list-docs`,
        )
      }
      const input = parseInput(NewInvitation, {
        role: values.role,
        speakerId: values.speaker,
        name: values.name,
        expiresInDays: values.days === undefined ? undefined : Number(values.days),
      })
      const { invitation, url } = await createInvitation(
        auth,
        { documentId, createdBy: 'cli', publicUrl, now: new Date() },
        input,
      )
      io.stdout.write(`${url}\n`)
      const speaker = invitation.speakerId ? ` (person ${invitation.speakerId})` : ''
      io.stderr.write(
        `Invitation as ${invitation.role}${speaker} to "${document.title}", valid until ${invitation.expiresAt.slice(0, 10)}. It is shown only this once.\n`,
      )
    },
  },

  'list-docs': {
    usage: `list-docs
      Lists the documents, most recently changed first: id, last change (UTC), title.`,
    options: {},
    positionals: 0,
    async run({ io, open }) {
      const documents = await (await open({ mustExist: true })).documents.listDocuments()
      if (documents.length === 0) {
        io.stderr.write(`No documents yet. Create one with: ${program} create-doc --title "…"\n`)
      }
      for (const { id, updatedAt, title } of documents) {
        io.stdout.write(`${id}  ${updatedAt.slice(0, 16).replace('T', ' ')}  ${title}\n`)
      }
    },
  },
}

const usage = `Usage: ${program} <command> [options]

Commands:
${Object.values(commands)
  .map((command) => `  ${command.usage}`)
  .join('\n')}

The database is minutes.sqlite in $MINUTES_DATA_DIR (default ./data), the one the server uses;
links start with $MINUTES_PUBLIC_URL (default http://localhost:8787).
`

/** Runs one command; returns the exit code (0 done, 1 failed, 2 wrong usage). */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(usage)
    return 0
  }
  const command = name === undefined ? undefined : commands[name]
  if (!command) {
    io.stderr.write(
      `${name === undefined ? 'Give a command.' : `Unknown command "${name}".`}\n\n${usage}`,
    )
    return 2
  }

  let opened: Promise<Stores> | undefined
  try {
    const { values, positionals } = readArguments(name ?? '', command, rest)
    const config = loadConfig(io.env)
    const { publicUrl } = loadAuthConfig(io.env)
    const file = path.join(config.dataDir, 'minutes.sqlite')
    await command.run({
      io,
      values,
      positionals,
      publicUrl,
      open({ mustExist }) {
        if (mustExist && config.databaseUrl === undefined && !fs.existsSync(file)) {
          throw new CliError(
            `There is no Minutes database at ${file}. Run this where the server runs, or set MINUTES_DATA_DIR.`,
          )
        }
        opened ??= openStores(config, silentLogger).then(({ store, authStore }) => ({
          documents: store,
          auth: authStore,
        }))
        return opened
      },
    })
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\nUsage: ${program} ${command.usage}\n`)
      return 2
    }
    io.stderr.write(`${describeFailure(error)}\n`)
    return 1
  } finally {
    await opened?.then(({ documents }) => documents.close()).catch(() => undefined)
  }
}

function readArguments(name: string, command: Command, args: string[]) {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (parsed.positionals.length !== command.positionals) {
    throw new UsageError(
      `${name} takes ${command.positionals === 0 ? 'no arguments' : 'one argument'} besides its options.`,
    )
  }
  return {
    values: parsed.values as Record<string, string | undefined>,
    positionals: parsed.positionals,
  }
}

/** The file to import; it is read as the server reads uploads, in a bounded worker. */
async function readFile(file: string): Promise<ImportFile> {
  let bytes: Buffer
  try {
    bytes = await fs.promises.readFile(file)
  } catch (error) {
    const isMissing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new CliError(
      isMissing
        ? `There is no file at ${path.resolve(file)}.`
        : `${file} could not be read: ${(error as Error).message}`,
    )
  }
  return { name: file, contentType: '', bytes }
}

async function askPassword(io: CliIo): Promise<string> {
  const password = await readPassword(io, 'Password: ')
  if (!io.stdin.isTTY) return password
  if ((await readPassword(io, 'The same password again: ')) !== password) {
    throw new CliError('The two passwords differ. Nothing was created.')
  }
  return password
}

function describeFailure(error: unknown): string {
  const isForPeople =
    error instanceof CliError ||
    error instanceof ConfigError ||
    error instanceof InvalidInputError ||
    error instanceof EmailTakenError ||
    error instanceof InvalidMinutesError ||
    error instanceof ImportFailure ||
    error instanceof PostgresStartError
  if (isForPeople) return error.message
  return `Something went wrong: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
}
