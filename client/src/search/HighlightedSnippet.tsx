import { memo } from 'react'
import { splitSnippet } from './splitSnippet'

/** A result's snippet with its matched words marked; every piece is a text node. */
export const HighlightedSnippet = memo(function HighlightedSnippet({
  snippet,
  highlights,
}: {
  snippet: string
  highlights: readonly [number, number][]
}) {
  return (
    <>
      {splitSnippet(snippet, highlights).map((part, index) =>
        part.isMatch ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed string
          <mark key={index}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  )
})
