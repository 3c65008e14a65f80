import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeProblem } from './describeProblem'
import { requestBody } from './requestBody'

const Body = requestBody({ title: z.string().optional() })

const problemOf = (value: unknown) => {
  const result = Body.safeParse(value)
  return result.success ? undefined : describeProblem(result.error)
}

describe('requestBody', () => {
  it('takes an object with the declared fields', () => {
    expect(Body.parse({ title: 'Board' })).toEqual({ title: 'Board' })
    expect(Body.parse({})).toEqual({})
  })

  it('refuses what is not an object', () => {
    for (const value of [null, 42, 'text', [1], true]) {
      expect(problemOf(value)).toBe('The request body must be a JSON object.')
    }
  })

  it('refuses fields it does not take, prototype keys included, instead of dropping them', () => {
    expect(problemOf({ title: 'Board', titel: 'Bored' })).toBe(
      'The request body has fields this request does not take: "titel".',
    )
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const hostile = JSON.parse(`{"${key}": {"isAdmin": true}}`)
      expect(problemOf(hostile)).toBe(
        `The request body has fields this request does not take: "${key}".`,
      )
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('names a few unknown fields, each bounded, however many and long they are', () => {
    const many = Object.fromEntries(
      Array.from({ length: 50 }, (_, index) => [`${'k'.repeat(10_000)}${index}`, index]),
    )
    const problem = problemOf(many) ?? ''
    expect(problem).toMatch(/ and 47 more\.$/)
    expect(problem.length).toBeLessThan(300)
  })
})
