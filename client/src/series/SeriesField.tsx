import { useId } from 'react'
import { useSeriesList } from './useSeriesList'
import './series.css'

interface SeriesFieldProps {
  /** The chosen series' id; '' for none. */
  value: string
  onChange: (seriesId: string) => void
  disabled?: boolean
}

/** "Series": which inquiry or committee new minutes are a meeting of, or none. */
export function SeriesField({ value, onChange, disabled = false }: SeriesFieldProps) {
  const { state } = useSeriesList()
  const id = useId()
  const hintId = useId()
  const series = state.status === 'ready' ? state.series : []
  return (
    <div className="series-field">
      <label htmlFor={id}>Series</label>
      <select
        id={id}
        name="seriesId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled || state.status === 'loading'}
        aria-describedby={state.status === 'error' ? hintId : undefined}
      >
        <option value="">None</option>
        {series.map(({ id: seriesId, title }) => (
          <option key={seriesId} value={seriesId}>
            {title}
          </option>
        ))}
        {/* A preselected series shows even before the list has arrived. */}
        {value !== '' && !series.some(({ id: seriesId }) => seriesId === value) && (
          <option value={value}>This series</option>
        )}
      </select>
      {state.status === 'error' && (
        <p id={hintId} className="form-hint">
          The series could not be loaded: {state.message}
        </p>
      )}
    </div>
  )
}
