import type { ImportReport } from '@minutes/protocol'
import { useId } from 'react'
import { summariseReport } from './summariseReport'

interface ImportReportViewProps {
  report: ImportReport
  fileName: string
}

/**
 * What an import would make, before it is made: the counts, then the minutes' parts and the
 * lines kept as plain text in file order, indented under their agenda item as the document
 * will read. Long outlines scroll in a box that takes focus, so the keyboard reaches all of it.
 */
export function ImportReportView({ report, fileName }: ImportReportViewProps) {
  const { counts, structure, unrecognised } = summariseReport(report)
  const countsId = useId()
  const structureId = useId()
  const plainLines = unrecognised.length
  return (
    <section className="import-report" aria-labelledby={countsId}>
      <h3 id={countsId}>Recognised in &ldquo;{fileName}&rdquo;</h3>
      <dl className="import-report__counts">
        {counts.map((count) => (
          <div key={count.key} data-empty={count.value === 0}>
            <dt>{count.name}</dt>
            <dd>{count.value}</dd>
          </div>
        ))}
      </dl>

      <h3 id={structureId}>
        The minutes as they will read
        <span className="import-report__summary">
          {plainLines === 0
            ? ': every line was recognised'
            : `: ${plainLines} ${plainLines === 1 ? 'line stays' : 'lines stay'} plain text`}
        </span>
      </h3>
      {structure.length === 0 ? (
        <p className="import-dialog__hint">The file holds no text.</p>
      ) : (
        <section
          className="import-report__structure"
          aria-labelledby={structureId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to scroll by keyboard
          tabIndex={0}
        >
          <ol>
            {structure.map((entry) => (
              <li
                key={`${entry.type}-${entry.line}`}
                className={entry.type === 'text' ? 'import-report__plain' : undefined}
                data-in-item={entry.isInItem}
              >
                <span className="import-report__line">
                  {entry.type === 'text' && entry.lines > 1
                    ? `Lines ${entry.line}–${entry.lastLine}`
                    : `Line ${entry.line}`}
                </span>{' '}
                {entry.type === 'part' ? (
                  <>
                    <span className="import-report__kind">{entry.name}</span>{' '}
                    <span className="import-report__text">{entry.label}</span>
                  </>
                ) : (
                  <>
                    <span className="import-report__kind">Plain text</span>{' '}
                    <span className="import-report__text">{entry.excerpt}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {plainLines > 0 && (
        <p className="import-dialog__hint">
          Plain text is kept as paragraphs, headings or lists; turn it into blocks after the import.
        </p>
      )}
    </section>
  )
}
