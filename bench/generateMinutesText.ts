/**
 * Minutes as a clerk would type them, of about `targetWords` words: header, attendance, one
 * speaker section per contribution (a paragraph, headed bullet lists, now and then
 * recommendations), questions and answers, and the chair's summary. Deterministic, so every run
 * measures the same document. The shape is the one `@minutes/import` reads from real minutes.
 */
export function generateMinutesText(targetWords: number): string {
  const random = seededRandom(targetWords)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const sentence = (length: number) => {
    const words = Array.from({ length }, () => pick(vocabulary))
    const first = words[0] ?? 'the'
    words[0] = first[0]?.toUpperCase() + first.slice(1)
    return `${words.join(' ')}.`
  }
  const speakers = speakerNames.map((name, index) => `${name} (${organisations[index % 12]})`)
  const lines: string[] = [
    'ALL PARTY PARLIAMENTARY GROUP FOR',
    'LONG MINUTES',
    '',
    'Chair: Baroness Ashworth of Kendal',
    '',
    'Vice-Chairmen: Jessica Fairley MP, Baroness Holt, Bill Garrow MP',
    '',
    'Clerk: Heather Ransome',
    '',
    'There was a meeting of the',
    'All Party Parliamentary Group for Long Minutes on:',
    'Tuesday 6th May 2025',
    '4:30-6:15pm, Committee Room G, House of Lords',
    '',
    `Members in attendance: Baroness Ashworth, Baroness Holt, Bill Garrow MP`,
    '',
    `Speakers: ${speakers.join(', ')}`,
    '',
    'Apologies: Mark Garnet MP, Wendy Scotter',
    '',
    'Baroness Ashworth welcomed everyone to the meeting.',
    '',
  ]
  let words = lines.join(' ').split(/\s+/).length
  let section = 0
  const push = (line: string) => {
    lines.push(line, '')
    words += line.split(/\s+/).length
  }
  const questionsAt = targetWords * 0.9
  while (words < questionsAt) {
    const speaker = speakerNames[section % speakerNames.length]
    push(
      `${speaker}: ${pick(verbs)} ${sentence(12)} ${sentence(16)} ${sentence(14)} ${sentence(18)}`,
    )
    push(pick(headings))
    for (let item = 0; item < 4; item++) lines.push(`- ${sentence(14 + item * 2)}`)
    lines.push('')
    words += 4 * 18
    if (section % 3 === 2) {
      push('Recommendations arising from the evidence')
      for (let item = 0; item < 3; item++) lines.push(`- ${sentence(20)}`)
      lines.push('')
      words += 60
    }
    push(`${sentence(15)} ${sentence(20)} ${sentence(12)}`)
    section++
  }
  push('Baroness Ashworth: took questions from peers and the wider audience, including:')
  while (words < targetWords) {
    push(`- ${sentence(12).slice(0, -1)}?`)
    push(`${pick(speakerNames)}: ${pick(verbs)} ${sentence(18)} ${sentence(22)}`)
  }
  push('Baroness Ashworth: summed up the meeting by drawing out key themes.')
  for (let item = 0; item < 5; item++) lines.push(`- ${sentence(10)}`)
  lines.push('', 'Baroness Ashworth thanked all speakers and everyone who had attended.')
  return lines.join('\n')
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const speakerNames = [
  'Simon Bailey',
  'Johnny Gwynne',
  'Liam Vernon',
  'Sarah Champion',
  'Graham Ritchie',
  'Jenny Pearce',
  'Bharti Patel',
  'Lucy Maule',
  'Alison Harvey',
  'Nick Wilkinson',
  'Hayley Cull',
  'Helen Watson',
  'Lisa Bellis',
  'Paul Sanford',
  'Steve Black',
  'Bridie Shea',
  'Enver Solomon',
  'Zoe Renton',
  'Mary Crowley',
  'Kathleen Nugent',
]
const organisations = [
  'Norfolk Police',
  'CEOP',
  'UKHTC',
  'NSPCC',
  'ECPAT UK',
  'Centre for Social Justice',
  'Barnardos',
  'UNICEF UK',
  'Refuge Council',
  'BASW',
  'NYAS',
  'Womens Aid',
]
const verbs = ['explained that', 'stated that', 'added that', 'noted that', 'argued that']
const headings = ['The context', 'Examples of good practice', 'Areas for improvement', 'Challenges']
const vocabulary = (
  'police children services training information partners agencies evidence practice victims ' +
  'support local national report inquiry protection council schools health officers young ' +
  'people families community safeguarding risk awareness consistent approach strategy work ' +
  'needs improve share data court process early intervention voluntary sector funding the ' +
  'of and to in that for with on across every each more should could must be is are was'
).split(' ')
