import type { HistoryPerson, VersionChanges } from '@minutes/protocol'
import type { CSSProperties } from 'react'

type Change = VersionChanges['changes'][number]

const kindLabels: Record<Change['kind'], string> = {
  insert: 'Added',
  delete: 'Removed',
  format: 'Formatted',
}

const unknownPerson: HistoryPerson = { id: '', name: 'Someone', color: '#6b7280' }

/**
 * Text added, removed or formatted, each run in the colour of the person who did it, with a
 * legend; the kind is said in words too, so colour is never the only sign.
 */
export function ChangeList({ changes }: { changes: Change[] }) {
  if (changes.length === 0) {
    return <p className="quiet">No differences in the text.</p>
  }
  const people = new Map<string, HistoryPerson>()
  for (const { author } of changes) {
    const person = author ?? unknownPerson
    people.set(person.id, person)
  }
  return (
    <>
      <ul className="history-legend" aria-label="Who made the changes">
        {[...people.values()].map((person) => (
          <li key={person.id} style={colourOf(person)}>
            <span className="history-legend__swatch" aria-hidden="true" />
            {person.name}
          </li>
        ))}
      </ul>
      <ol className="history-changes">
        {changes.map((change, index) => {
          const person = change.author ?? unknownPerson
          const Text = change.kind === 'insert' ? 'ins' : change.kind === 'delete' ? 'del' : 'mark'
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a comparison's changes never reorder
              key={index}
              className="history-change"
              data-kind={change.kind}
              style={colourOf(person)}
            >
              <span className="history-change__kind">
                {kindLabels[change.kind]} by {person.name}:
              </span>{' '}
              <Text className="history-change__text">{change.text}</Text>
            </li>
          )
        })}
      </ol>
    </>
  )
}

function colourOf(person: HistoryPerson): CSSProperties {
  return { '--person-color': person.color } as CSSProperties
}
