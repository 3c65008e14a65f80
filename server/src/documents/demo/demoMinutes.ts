import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'

/** A fictional meeting: every name, body and figure here is invented. */
export const demoTitle = 'Community Libraries APPG — 14 October 2025'

export const demoPeople: Person[] = [
  { id: 'p-adebayo', name: 'Ruth Adebayo MP' },
  { id: 'p-tate', name: 'Dr Imogen Tate', organisation: 'Northfield University' },
  { id: 'p-oyelaran', name: 'Marcus Oyelaran', organisation: 'Library Futures Trust' },
  { id: 'p-pritchard', name: 'Siân Pritchard', organisation: 'Brackenhurst County Council' },
]

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const bold = (value: string): JSONContent => ({ ...text(value), marks: [{ type: 'bold' }] })
const paragraph = (...content: (string | JSONContent)[]): JSONContent => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
})
const heading = (level: number, value: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
})
const bullets = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
})
const recommendation = (value: string): JSONContent => ({
  type: 'recommendation',
  content: [paragraph(value)],
})
const speakerSection = (speakerId: string, ...content: JSONContent[]): JSONContent => ({
  type: 'speakerSection',
  attrs: { speakerId },
  content,
})

export const demoContent: JSONContent = {
  type: 'doc',
  content: [
    heading(1, 'All-Party Parliamentary Group on Community Libraries'),
    paragraph(
      bold('Chair: '),
      'Ruth Adebayo MP. ',
      bold('Vice-Chairs: '),
      'Lord Pennington of Aldwick, Cara Whitlock MP. ',
      bold('Secretary: '),
      'Baroness Ferris of Coldwater. ',
      bold('Clerk: '),
      'Daniel Frost.',
    ),
    paragraph(
      'Tuesday 14 October 2025, 2:00–3:30pm, Committee Room 9, House of Commons (booked in the name of Ruth Adebayo MP).',
    ),
    heading(2, "Libraries and Digital Inclusion inquiry — session 2: 'Getting everyone online'"),
    paragraph(
      bold('Members in attendance: '),
      'Ruth Adebayo MP, Lord Pennington of Aldwick, Baroness Ferris of Coldwater, Cara Whitlock MP',
    ),
    paragraph(
      bold('Speakers: '),
      'Dr Imogen Tate (Northfield University), Marcus Oyelaran (Library Futures Trust), Siân Pritchard (Brackenhurst County Council)',
    ),
    paragraph(bold('Apologies: '), 'Tom Earnshaw MP, Helen Marsh (Reading Rooms Network)'),
    paragraph('Ruth Adebayo MP welcomed everyone and explained the purpose of the session.'),
    speakerSection(
      'p-tate',
      paragraph(
        'Explained that her team had followed 400 households in three towns for two years to see who stays offline and why.',
      ),
      heading(3, 'Who is left offline'),
      bullets(
        'Older people living alone, and people whose only device is a shared phone.',
        'People who lose access when a contract ends or a device breaks, often more than once a year.',
        'Many can use a phone for messages but not to fill in a form or upload a document.',
      ),
      heading(3, 'What helped'),
      bullets(
        'Drop-in help at the same time every week, with the same helper.',
        'Being able to borrow a device and a data allowance from the library.',
      ),
      recommendation(
        'Libraries should be funded to lend devices and data, not only to offer computers on site.',
      ),
    ),
    speakerSection(
      'p-oyelaran',
      paragraph(
        'Stated that the Trust supports 60 library services and set out what they had learned from lending schemes.',
      ),
      heading(3, 'Lending schemes'),
      bullets(
        'Lending a tablet for four weeks, with help sessions, led most borrowers to keep going online afterwards.',
        'Schemes stall when staff time is not funded alongside the devices.',
      ),
      recommendation(
        'Digital inclusion funding should include staff time for one-to-one help, for at least three years at a time.',
      ),
      recommendation(
        'The Department should publish which services and forms are hardest to complete offline.',
      ),
    ),
    speakerSection(
      'p-pritchard',
      paragraph(
        'Explained how Brackenhurst had moved its digital help desk into four branch libraries.',
      ),
      bullets(
        'Visits to the help desk doubled in the first six months.',
        'Partnerships with the jobcentre and the housing office brought people in who had never used the library.',
      ),
    ),
    heading(2, 'Questions from the floor'),
    paragraph(
      bold('Q: '),
      'How can small rural libraries offer help when they open two days a week?',
    ),
    paragraph(
      bold('Siân Pritchard: '),
      'answered that volunteers trained by the county now run sessions on the days the library is otherwise closed.',
    ),
    paragraph(
      bold('Marcus Oyelaran: '),
      'added that mobile libraries in two counties carry devices and a helper on their rounds.',
    ),
    heading(2, "Chair's summary"),
    bullets(
      'Access to a device and data matters as much as skills.',
      'Help works best when it is regular, local and given by a familiar person.',
      'Funding must cover staff time, not only equipment.',
    ),
  ],
}
