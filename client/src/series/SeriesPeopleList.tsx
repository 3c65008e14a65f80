import { useId } from 'react'
import { documentsApi } from '../shared/api/documentsApi'
import { Link } from '../shared/navigation/Link'
import { personPath } from '../shared/navigation/matchRoute'
import { useLoaded } from './useLoaded'
import './series.css'

/** The people of a series' meetings, each linked to what they said, proposed and owe. */
export function SeriesPeopleList({ seriesId, version }: { seriesId: string; version: number }) {
  const state = useLoaded(
    (signal) => documentsApi.getSeriesPeople(seriesId, signal),
    `${seriesId} ${version}`,
  )
  const headingId = useId()
  return (
    <section className="series-part" aria-labelledby={headingId}>
      <h2 id={headingId}>People</h2>
      {state.status === 'loading' && (
        <p className="quiet" role="status">
          Loading the people…
        </p>
      )}
      {(state.status === 'error' || state.status === 'not-found') && (
        <p className="notice notice--error" role="alert">
          Could not load the people of this series. {state.status === 'error' ? state.message : ''}
        </p>
      )}
      {state.status === 'ready' && state.value.people.length === 0 && (
        <p className="quiet">The minutes of this series name nobody yet.</p>
      )}
      {state.status === 'ready' && state.value.people.length > 0 && (
        <ul className="series-list" aria-labelledby={headingId}>
          {state.value.people.map((person) => (
            <li key={person.id}>
              <Link href={personPath(seriesId, person.id)}>
                {person.title ? `${person.title} ${person.name}` : person.name}
              </Link>
              {person.organisation && `, ${person.organisation}`}{' '}
              <span className="quiet">
                {person.meetings === 1 ? '1 meeting' : `${person.meetings} meetings`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
