import type { PersonBlock } from '@minutes/protocol'
import { useId } from 'react'
import { blockPath } from '../search/blockAddress'
import { useLoaded } from '../series/useLoaded'
import { documentsApi } from '../shared/api/documentsApi'
import { registerStatusLabels } from '../shared/labels/registerStatusLabels'
import { Link } from '../shared/navigation/Link'
import { editorPath, seriesPath } from '../shared/navigation/matchRoute'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import { NotFoundPage } from './NotFoundPage'
import { SeriesPageHeader } from './SeriesPageHeader'
import './documentListPage.css'

const spokenLabels: Record<string, string> = {
  speakerSection: 'Said',
  question: 'Asked',
  answer: 'Answered',
}

/** One person of a series: what they said, proposed and still owe, meeting after meeting. */
export function SeriesPersonPage({ seriesId, personId }: { seriesId: string; personId: string }) {
  const state = useLoaded(
    (signal) => documentsApi.getSeriesPerson(seriesId, personId, signal),
    `${seriesId} ${personId}`,
  )
  const person = state.status === 'ready' ? state.value.person : undefined
  const name = person ? (person.title ? `${person.title} ${person.name}` : person.name) : ''
  useDocumentTitle(person ? `${name} — Minutes` : 'Person — Minutes')
  if (state.status === 'not-found') {
    return (
      <NotFoundPage
        heading="Person not found"
        message="Nobody at this address is in the minutes of this series."
        link={{ href: seriesPath(seriesId), label: 'Back to the series' }}
      />
    )
  }
  return (
    <>
      <SeriesPageHeader />
      <main id="main" tabIndex={-1} className="list-page">
        <p>
          <Link href={seriesPath(seriesId)}>The series</Link>
        </p>
        {state.status === 'loading' && (
          <p className="quiet" role="status">
            Loading…
          </p>
        )}
        {state.status === 'error' && (
          <p className="notice notice--error" role="alert">
            Could not load this person. {state.message}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <h1>{name}</h1>
            {person?.organisation && <p>{person.organisation}</p>}
            <Blocks
              heading="What they said"
              blocks={state.value.said}
              empty="Nothing of theirs is in these minutes."
              labelOf={(block) => spokenLabels[block.label] ?? block.label}
            />
            <Blocks
              heading="What they proposed"
              blocks={state.value.proposed}
              empty="They proposed no recommendation."
            />
            <Blocks
              heading="What they owe"
              blocks={state.value.owes}
              empty="No open action is theirs."
            />
          </>
        )}
      </main>
    </>
  )
}

function Blocks({
  heading,
  blocks,
  empty,
  labelOf = (block) => block.label,
}: {
  heading: string
  blocks: readonly PersonBlock[]
  empty: string
  labelOf?: (block: PersonBlock) => string
}) {
  const headingId = useId()
  return (
    <section className="series-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {blocks.length === 0 ? (
        <p className="quiet">{empty}</p>
      ) : (
        <ul className="series-list" aria-labelledby={headingId}>
          {blocks.map((block) => (
            <li key={`${block.documentId} ${block.blockId ?? block.label}`}>
              <span className="quiet">
                {block.meetingTitle}, {labelOf(block)}
                {block.status
                  ? ` (${registerStatusLabels[block.status as keyof typeof registerStatusLabels] ?? block.status})`
                  : ''}
                :
              </span>{' '}
              <Link
                href={
                  block.blockId
                    ? blockPath(block.documentId, block.blockId)
                    : editorPath(block.documentId)
                }
              >
                {block.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
