import {
  type AgendaItemAttributes,
  agendaItemAttributeChecks,
  agendaNumberHint,
} from '@minutes/schema'

/** What the schema's checks refuse, worded for the person filling the form in. */
export function findAgendaItemProblems(
  attributes: AgendaItemAttributes,
): Partial<Record<keyof AgendaItemAttributes, string>> {
  const problems: Partial<Record<keyof AgendaItemAttributes, string>> = {}
  if (attributes.number !== null && agendaItemAttributeChecks.number(attributes.number)) {
    problems.number = `This number cannot be used. Write ${agendaNumberHint}.`
  }
  if (attributes.reference !== null && agendaItemAttributeChecks.reference(attributes.reference)) {
    problems.reference =
      'This link cannot be used. Links may point to web pages (http:// or https://), e-mail addresses (mailto:) or paths on this site.'
  }
  if (
    attributes.referenceLabel !== null &&
    agendaItemAttributeChecks.referenceLabel(attributes.referenceLabel)
  ) {
    problems.referenceLabel = 'The link text must be one short line, up to 40 characters.'
  }
  return problems
}
