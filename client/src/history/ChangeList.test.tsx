// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { ChangeList } from './ChangeList'

const mounted = mountReact()
const ada = { id: 'ada', name: 'Ada Clerk', color: '#a21caf' }
const bo = { id: 'bo', name: 'Bo Clerk', color: '#c2410c' }

describe('ChangeList', () => {
  it('says each change in words, coloured by person, with one legend entry a person', () => {
    mounted.render(
      <ChangeList
        changes={[
          { kind: 'insert', text: 'whole ', author: ada },
          { kind: 'delete', text: 'The ', author: bo },
          { kind: 'format', text: 'budget', author: ada },
          { kind: 'delete', text: 'late', author: null },
        ]}
      />,
    )
    const legend = mounted.container.querySelector('[aria-label="Who made the changes"]')
    expect([...(legend?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'Ada Clerk',
      'Bo Clerk',
      'Someone',
    ])
    const items = [...mounted.container.querySelectorAll('.history-change')]
    expect(items.map((item) => item.textContent)).toEqual([
      'Added by Ada Clerk: whole ',
      'Removed by Bo Clerk: The ',
      'Formatted by Ada Clerk: budget',
      'Removed by Someone: late',
    ])
    expect(items[0]?.querySelector('ins')?.textContent).toBe('whole ')
    expect(items[1]?.querySelector('del')?.textContent).toBe('The ')
    expect((items[1] as HTMLElement).style.getPropertyValue('--person-color')).toBe('#c2410c')
  })

  it('says when nothing differs', () => {
    mounted.render(<ChangeList changes={[]} />)
    expect(mounted.container.textContent).toBe('No differences in the text.')
  })
})
