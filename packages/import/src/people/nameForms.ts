export interface NameForms {
  /** Forms that name one person on their own: "baroness massey of darwen", "baroness massey". */
  full: string[]
  /** First name and surname alone, which name someone only where no one else shares them. */
  short: string[]
}

const ranks = new Set([
  'baroness',
  'baron',
  'lord',
  'lady',
  'earl',
  'countess',
  'viscount',
  'viscountess',
  'duke',
  'duchess',
  'marquess',
  'marchioness',
])
const postNominals = new Set([
  'mp',
  'msp',
  'mla',
  'mep',
  'am',
  'obe',
  'mbe',
  'cbe',
  'dbe',
  'kbe',
  'kc',
  'qc',
  'jp',
  'dl',
  'phd',
  'frs',
])

/** Lower case, one space, one kind of apostrophe: how names are compared. */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

/**
 * The ways minutes refer to one person: in full, without the territorial part of a peerage
 * ("Baroness Massey" for "Baroness Massey of Darwen"), without post-nominals ("Sarah Champion"),
 * with a title and surname ("Professor Pearce"), and by first name or surname alone.
 */
export function nameForms(name: string, title?: string): NameForms {
  const words = normaliseName(name).split(' ').filter(Boolean)
  let core = words
  while (core.length > 2 && postNominals.has(core.at(-1) ?? '')) core = core.slice(0, -1)
  const variants = new Set([words.join(' '), core.join(' ')])
  const isPeer = ranks.has(core[0] ?? '')
  const territorial = core.indexOf('of', 1)
  if (isPeer && territorial >= 2) variants.add(core.slice(0, territorial).join(' '))

  const short: string[] = []
  if (core.length >= 2 && !isPeer) {
    const personal = core[0] === 'sir' || core[0] === 'dame' ? core.slice(1) : core
    const first = personal[0] ?? ''
    const surname = personal.at(-1) ?? ''
    // An initial ("A Smith") is no first name to find someone by.
    if (personal.length >= 2 && first.replace('.', '').length > 1) short.push(first)
    if (personal.length >= 2) short.push(surname)
    if (title) variants.add(`${normaliseName(title)} ${surname}`)
  } else if (isPeer && core[1] && core[1] !== 'of') {
    short.push(core[1])
  }
  const full = [...variants]
  if (title) for (const variant of variants) full.push(`${normaliseName(title)} ${variant}`)
  return { full: [...new Set(full)], short }
}
