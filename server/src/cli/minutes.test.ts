import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { exportDocx } from '@minutes/export'
import { docxBomb } from '@minutes/import/testing/zipBombs'
import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Authenticator } from '../auth/Authenticator'
import { verifyPassword } from '../auth/hashPassword'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { silentLogger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { openPostgresDatabase } from '../persistence/postgres/openPostgresDatabase'
import { PostgresDocumentStore } from '../persistence/postgres/PostgresDocumentStore'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../testing/postgresTestSchema'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

let dataDir: string
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'))
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The command line as people run it: a separate process on the same data folder. */
function minutes(args: string[], input = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/minutes.ts', ...args],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          MINUTES_DATA_DIR: dataDir,
          MINUTES_PUBLIC_URL: 'https://minutes.example.org',
          ...env,
        },
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}

function openAuthStore() {
  const db = openSqliteDatabase(path.join(dataDir, 'minutes.sqlite'))
  return { db, store: new SqliteAuthStore(db) }
}

// Each command is a fresh Node process: allow for a busy machine.
describe('minutes (command line)', { timeout: 60_000 }, () => {
  it('creates a user with the password from standard input, and refuses the same email', async () => {
    const created = await minutes(
      ['create-user', '--name', 'Ana Lopez', '--email', 'Ana@Example.org'],
      'a long passphrase\n',
    )
    expect(created).toMatchObject({ code: 0, stdout: '' })
    expect(created.stderr).toContain('Created the secretariat account of Ana Lopez')

    const { db, store } = openAuthStore()
    const account = await store.findAccountByEmail('ana@example.org')
    expect(await verifyPassword(account?.passwordHash, 'a long passphrase')).toBe(true)
    db.close()

    const again = await minutes([
      'create-user',
      '--name',
      'Ana',
      '--email',
      'ana@example.org',
      '--password',
      'another long one',
    ])
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('There is already an account for ana@example.org.\n')
  })

  it('refuses a weak password with the rule, and a missing option with the usage', async () => {
    const weak = await minutes(
      ['create-user', '--name', 'Ana', '--email', 'ana@example.org'],
      'short\n',
    )
    expect(weak.code).toBe(1)
    expect(weak.stderr).toBe('Choose a password of at least 10 characters.\n')

    const incomplete = await minutes(['create-user', '--name', 'Ana'])
    expect(incomplete.code).toBe(2)
    expect(incomplete.stderr).toContain('create-user needs --name and --email.')
    expect(incomplete.stderr).toContain('Usage: npm run minutes -- create-user')
  })

  it('creates a document, lists it, and prints an invitation link that opens it', async () => {
    const created = await minutes(['create-doc', '--title', 'Committee, 3 March'])
    expect(created.code).toBe(0)
    const documentId = created.stdout.trim()
    expect(documentId).toMatch(/^[a-z0-9]{15}$/)
    expect(created.stderr).toContain(`https://minutes.example.org/d/${documentId}`)

    const listed = await minutes(['list-docs'])
    expect(listed.stdout).toMatch(
      new RegExp(`^${documentId}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Committee, 3 March\\n$`),
    )

    const invited = await minutes([
      'invite',
      documentId,
      '--role',
      'speaker',
      '--speaker',
      'p-7',
      '--days',
      '3',
    ])
    expect(invited.code).toBe(0)
    const url = invited.stdout.trim()
    expect(url).toMatch(/^https:\/\/minutes\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/)
    expect(invited.stderr).toContain('Invitation as speaker (person p-7) to "Committee, 3 March"')

    const { db, store } = openAuthStore()
    const authenticator = new Authenticator({ store, logger: silentLogger })
    const token = url.split('/').pop() ?? ''
    const principal = await authenticator.authenticate({
      url: `/sync/${documentId}?token=${token}`,
      headers: new Headers(),
    })
    expect(principal).toMatchObject({ kind: 'invitation', documentId })
    expect(await authenticator.accessTo(principal!, documentId)).toEqual({
      role: 'speaker',
      speakerId: 'p-7',
    })
    db.close()
  })

  it('works on the PostgreSQL database the server uses when DATABASE_URL is set', async () => {
    const schema = createTestSchemaName()
    const env = { DATABASE_URL: testDatabaseUrl, MINUTES_DATABASE_SCHEMA: schema }
    try {
      const created = await minutes(['create-doc', '--title', 'On PostgreSQL'], '', env)
      expect(created.code).toBe(0)
      const listed = await minutes(['list-docs'], '', env)
      expect(listed.stdout).toContain('On PostgreSQL')
      const db = await openPostgresDatabase(testDatabaseUrl, { schema })
      const store = new PostgresDocumentStore(db)
      expect(await store.getDocument(created.stdout.trim())).toMatchObject({
        title: 'On PostgreSQL',
      })
      await store.close()
      expect(fs.existsSync(path.join(dataDir, 'minutes.sqlite'))).toBe(false)
    } finally {
      await dropTestSchema(schema)
    }
  })

  it('says what is wrong with an invitation it cannot make', async () => {
    const { stdout } = await minutes(['create-doc', '--title', 'Committee'])
    const documentId = stdout.trim()

    const unknown = await minutes(['invite', 'no-such-doc', '--role', 'reviewer'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('There is no document with id "no-such-doc".')
    const days = await minutes(['invite', documentId, '--role', 'reviewer', '--days', 'many'])
    expect(days.code).toBe(1)
    expect(days.stderr).toContain('from 1 to 90')
    const noRole = await minutes(['invite', documentId])
    expect(noRole.code).toBe(2)
  })

  it('imports a Markdown file as new minutes, and refuses what is not text', async () => {
    const file = path.join(dataDir, 'board-2025-03-03.md')
    fs.writeFileSync(
      file,
      '# Board meeting\n\nPresent: Ana Lopez, Sam Reviewer\n\nAna Lopez: We open the meeting.\n',
    )
    const imported = await minutes(['import', file])
    expect(imported.code).toBe(0)
    const documentId = imported.stdout.trim()
    expect(imported.stderr).toContain('Imported "board-2025-03-03"')

    const db = openSqliteDatabase(path.join(dataDir, 'minutes.sqlite'))
    const documents = new SqliteDocumentStore(db)
    expect(await documents.getDocument(documentId)).toMatchObject({ title: 'board-2025-03-03' })
    const doc = new Y.Doc()
    for (const update of await documents.loadUpdates(documentId)) Y.applyUpdate(doc, update)
    expect(doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()).toContain('We open the meeting.')
    db.close()

    const titled = await minutes(['import', file, '--title', 'Board, 3 March'])
    expect(titled.stderr).toContain('Imported "Board, 3 March"')

    const binary = path.join(dataDir, 'scan.pdf')
    fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]))
    const refused = await minutes(['import', binary])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is neither UTF-8 text nor a Word document')
    const missing = await minutes(['import', path.join(dataDir, 'nothing.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('There is no file at')
  })

  it('imports a Word document, titled from its header, and refuses a broken one', async () => {
    const file = path.join(dataDir, 'riverside.docx')
    const docx = await exportDocx({
      title: 'Riverside',
      status: 'draft',
      people: [{ id: 'p-1', name: 'Helen Marsh' }],
      content: {
        type: 'doc',
        content: [
          {
            type: 'meetingHeader',
            content: [
              { type: 'bodyName', content: [{ type: 'text', text: 'RIVERSIDE STEERING GROUP' }] },
              { type: 'officer', attrs: { role: 'chair', personId: 'p-1' } },
            ],
          },
          { type: 'paragraph', content: [{ type: 'text', text: 'The group met on the towpath.' }] },
        ],
      },
    })
    fs.writeFileSync(file, docx)
    const imported = await minutes(['import', file])
    expect(imported.code).toBe(0)
    expect(imported.stderr).toContain('Imported "RIVERSIDE STEERING GROUP": 2 parts recognised')

    const broken = path.join(dataDir, 'broken.docx')
    fs.writeFileSync(broken, docx.subarray(0, 200))
    const refused = await minutes(['import', broken])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('could not be read as a Word document')

    const bomb = path.join(dataDir, 'bomb.docx')
    fs.writeFileSync(bomb, await docxBomb(150, 10_000))
    const exploded = await minutes(['import', bomb])
    expect(exploded.code).toBe(1)
    expect(exploded.stderr).toContain('holds more than the 10,000 bytes its header declares')
  })

  it('refuses to read a database that is not there, and unknown commands', async () => {
    const listed = await minutes(['list-docs'])
    expect(listed.code).toBe(1)
    expect(listed.stderr).toContain('There is no Minutes database at')
    expect(fs.existsSync(path.join(dataDir, 'minutes.sqlite'))).toBe(false)

    const unknown = await minutes(['make-coffee'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown command "make-coffee".')
    const help = await minutes(['help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('invite <docId> --role')
  })
})
