import type { Person } from '@minutes/schema'
import { nameForms, normaliseName } from './nameForms'
import { isAlias, type PersonMention } from './parsePersonMention'

/**
 * The document's people, each once, built up as the minutes name them. Every lookup answers
 * only when exactly one person fits, so two Lucys never merge into one.
 */
export class PeopleRegister {
  private readonly people: Person[] = []
  private readonly byFullName = new Map<string, Set<Person>>()
  private readonly byShortName = new Map<string, Set<Person>>()
  private readonly byAlias = new Map<string, Set<Person>>()
  private readonly ids = new Set<string>()

  list(): Person[] {
    return this.people.map((person) => ({ ...person }))
  }

  find(mention: PersonMention): Person | undefined {
    if (isAlias(mention.name)) {
      const people = this.byAlias.get(aliasKey(mention.name))
      if (people?.size === 1) return [...people][0]
    }
    const forms = nameForms(mention.name, mention.title)
    const candidates = new Set<Person>()
    for (const form of forms.full) {
      for (const person of this.byFullName.get(form) ?? []) candidates.add(person)
    }
    if (candidates.size === 0 && !mention.name.trim().includes(' ')) {
      for (const person of this.byShortName.get(normaliseName(mention.name)) ?? []) {
        candidates.add(person)
      }
    }
    return candidates.size === 1 ? [...candidates][0] : undefined
  }

  /** The one person holding a role such as "Clerk", "the Chair" or "Deputy Town Clerk". */
  findByRole(text: string): Person | undefined {
    const role = normaliseName(text).replace(/^the /, '')
    if (role === '') return undefined
    const holders = this.people.filter((person) =>
      ` ${normaliseName(person.role ?? '')
        .split(/[\s,]+/)
        .join(' ')} `.includes(` ${role} `),
    )
    return holders.length === 1 ? holders[0] : undefined
  }

  /**
   * The person a mention names, completed with what it adds (a fuller name, a title, an
   * organisation, a role); a new person where none fits or where title or organisation
   * disagree, since merging would drop one of the two the minutes wrote.
   */
  add(mention: PersonMention): Person {
    const found = this.find(mention)
    if (found && !this.conflicts(found, mention)) {
      Object.assign(found, this.completed(found, mention))
      this.index(found)
      return found
    }
    const person = { ...this.created(mention), id: this.newId(mention.name) }
    this.people.push(person)
    this.index(person)
    return person
  }

  /** The person `add` would give for a mention, without adding or changing anyone. */
  preview(mention: PersonMention): Person {
    const found = this.find(mention)
    return found && !this.conflicts(found, mention)
      ? this.completed(found, mention)
      : this.created(mention)
  }

  /**
   * A known person named in full at the start of `text` and followed by a word in lower case
   * ("Baroness Massey thanked …"), with what follows the name.
   */
  startingName(text: string): { person: Person; rest: string } | undefined {
    const words = text.trimStart().slice(0, 200).split(/\s+/)
    for (let length = Math.min(7, words.length - 1); length >= 2; length--) {
      if (!/^\p{Ll}/u.test(words[length] ?? '')) continue
      const people = this.byFullName.get(normaliseName(words.slice(0, length).join(' ')))
      const person = people?.size === 1 ? [...people][0] : undefined
      if (person) {
        const rest = text.trimStart().replace(new RegExp(`^(?:\\S+\\s+){${length}}`), '')
        return { person, rest }
      }
    }
    return undefined
  }

  /** Whether `text` starts with any name of `person`, first name included ("Jenny highlighted"). */
  startsWithNameOf(text: string, person: Person): boolean {
    const start = normaliseName(text.slice(0, 200))
    const forms = nameForms(person.name, person.title)
    return [...forms.full, ...forms.short].some(
      (form) => start.startsWith(`${form} `) && /^\p{Ll}/u.test(start.slice(form.length + 1)),
    )
  }

  private conflicts(person: Person, mention: PersonMention): boolean {
    const differs = (known: string | undefined, given: string | undefined) =>
      known !== undefined && given !== undefined && normaliseName(known) !== normaliseName(given)
    return (
      differs(person.title, mention.title) || differs(person.organisation, mention.organisation)
    )
  }

  private created(mention: PersonMention): Person {
    const person: Person = { id: '', name: mention.name }
    if (mention.title) person.title = mention.title
    if (mention.organisation) person.organisation = mention.organisation
    if (mention.role) person.role = mention.role
    if (mention.alias) person.alias = mention.alias
    return person
  }

  private completed(known: Person, mention: PersonMention): Person {
    const person = { ...known }
    // "Tom Whitfield" completes "Whitfield"; "Baroness Massey of Darwen", "Baroness Massey".
    const fuller =
      containsWords(mention.name, person.name) &&
      normaliseName(mention.name).length > normaliseName(person.name).length
    if (fuller) person.name = mention.name
    if (mention.title && !person.title) person.title = mention.title
    if (mention.organisation && !person.organisation) person.organisation = mention.organisation
    if (mention.alias && !person.alias) person.alias = mention.alias
    // A second role is kept beside the first, since the minutes wrote both.
    if (mention.role && !containsWords(person.role ?? '', mention.role)) {
      person.role =
        person.role && !containsWords(mention.role, person.role)
          ? `${person.role}, ${mention.role}`
          : mention.role
    }
    return person
  }

  private index(person: Person): void {
    const forms = nameForms(person.name, person.title)
    for (const form of forms.full) addTo(this.byFullName, form, person)
    for (const form of forms.short) addTo(this.byShortName, form, person)
    if (person.alias) addTo(this.byAlias, aliasKey(person.alias), person)
  }

  private newId(name: string): string {
    const base =
      name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'person'
    let id = base
    for (let suffix = 2; this.ids.has(id); suffix++) id = `${base}-${suffix}`
    this.ids.add(id)
    return id
  }
}

function addTo(map: Map<string, Set<Person>>, key: string, person: Person): void {
  const people = map.get(key) ?? new Set<Person>()
  people.add(person)
  map.set(key, people)
}

/** "@TG", "TG" and "tg" are one alias. */
function aliasKey(alias: string): string {
  return alias.trim().replace(/^@/, '').toLowerCase()
}

/** Whether every word of `part` is in `whole`: "Clerk" is in "Clerk and RFO". */
function containsWords(whole: string, part: string): boolean {
  const words = new Set(normaliseName(whole).split(/[\s,]+/))
  return normaliseName(part)
    .split(/[\s,]+/)
    .every((word) => words.has(word))
}
