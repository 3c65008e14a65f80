/** The derived number of a block (R1, D2, A3), printed in the margin like a committee report. */
export function BlockNumber({ number }: { number: string | null }) {
  return (
    <span className="block-number" contentEditable={false}>
      {number ?? ''}
    </span>
  )
}
