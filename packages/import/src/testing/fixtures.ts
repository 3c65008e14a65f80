import { existsSync, readFileSync } from 'node:fs'

const ownFixtures = new URL('../fixtures/', import.meta.url)
/** Third-party minutes may sit beside a checkout, never in it; tests that use them are extra. */
const externalFixtures = new URL('../../../../../shared/fixtures/', import.meta.url)

/** Minutes written for the tests, in packages/import/src/fixtures. */
export function readOwnFixture(name: string): string {
  return readFileSync(new URL(name, ownFixtures), 'utf8')
}

/** Third-party minutes from `../shared/fixtures` beside the repository, if they are there. */
export function readExternalFixture(name: string): string | undefined {
  const file = new URL(name, externalFixtures)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

/** Names a test that needs an external fixture, saying why it is skipped when it is absent. */
export function externalFixtureTitle(title: string, source: string | undefined): string {
  return source === undefined
    ? `${title} (skipped: ../shared/fixtures is not beside the repository)`
    : title
}

/** APPG-shaped minutes: our own always, the real example when it is beside the repository. */
export function appgShapedMinutes(): { title: string; source: string | undefined }[] {
  return [
    {
      title: 'our APPG-shaped minutes',
      source: readOwnFixture('community-libraries-appg-2025-10-14.txt'),
    },
    { title: 'the real APPG example', source: readExternalFixture('appg-children-2014-05-06.txt') },
  ]
}
