export interface FoundTimes {
  /** 24-hour hh:mm. */
  startTime: string
  endTime: string | null
  index: number
  length: number
}

type Half = 'am' | 'pm' | 'noon' | undefined

const clock = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?`
const range = new RegExp(String.raw`\b${clock}\s*(?:-|–|—|to|until)\s*${clock}`, 'i')
const single =
  /\b(\d{1,2})(?:[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?|\s*(a\.?m\.?|p\.?m\.?|noon))(?![\p{L}\p{N}])/iu

/** The first time or time range in `text`: "4:30-6:15pm", "7.30pm", "14:00–15:30", "10am to 12 noon". */
export function parseTimeRange(text: string): FoundTimes | undefined {
  const ranged = range.exec(text)
  if (ranged) {
    const endHalf = halfOf(ranged[6])
    const end = toTime(ranged[4], ranged[5], endHalf)
    const startHalf = halfOf(ranged[3]) ?? inferredHalf(ranged[1], ranged[4], endHalf)
    const start = toTime(ranged[1], ranged[2], startHalf)
    const isClock = ranged[2] !== undefined || ranged[3] !== undefined || endHalf !== undefined
    if (start && end && isClock) {
      return { startTime: start, endTime: end, index: ranged.index, length: ranged[0].length }
    }
  }
  const alone = single.exec(text)
  const time = alone && toTime(alone[1], alone[2], halfOf(alone[3] ?? alone[4]))
  return alone && time
    ? { startTime: time, endTime: null, index: alone.index, length: alone[0].length }
    : undefined
}

function halfOf(text: string | undefined): Half {
  const letters = text?.toLowerCase().replace(/\./g, '')
  return letters === 'am' || letters === 'pm' || letters === 'noon' ? letters : undefined
}

/** "4:30-6:15pm": the start shares the end's half of the day unless it would come after the end. */
function inferredHalf(startHour: string | undefined, endHour: string | undefined, end: Half): Half {
  if (end !== 'am' && end !== 'pm') return end === 'noon' ? 'am' : undefined
  const start12 = Number(startHour) % 12
  const end12 = Number(endHour) % 12
  if (start12 <= end12) return end
  return end === 'pm' ? 'am' : 'pm'
}

function toTime(
  hourText: string | undefined,
  minuteText: string | undefined,
  half: Half,
): string | undefined {
  let hour = Number(hourText)
  const minute = minuteText === undefined ? 0 : Number(minuteText)
  if (half === 'noon') {
    if (hour !== 12) return undefined
  } else if (half) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half === 'pm' ? 12 : 0)
  }
  if (hour > 23 || minute > 59) return undefined
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}
