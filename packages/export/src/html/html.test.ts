// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { attributes, html, trustedHtml } from './html'

const hostile =
  '"><meta http-equiv="refresh" content="0;url=https://evil.example/"><script>x</script>'

function parse(markup: string): HTMLElement {
  const container = document.createElement('div')
  container.innerHTML = markup
  return container
}

describe('html', () => {
  it('escapes values in text and in quoted attribute values', () => {
    const container = parse(
      `${html`<div class="status-${hostile}" title="${hostile}">${hostile}</div>`}`,
    )
    expect(container.querySelectorAll('*')).toHaveLength(1)
    const div = container.firstElementChild
    expect(div?.getAttributeNames()).toEqual(['class', 'title'])
    expect(div?.getAttribute('class')).toBe(`status-${hostile}`)
    expect(div?.textContent).toBe(hostile)
  })

  it('inserts markup it built, lists of it, and nothing for false, null and undefined', () => {
    const items = ['a', '<b>'].map((item) => html`<li>${item}</li>`)
    expect(`${html`<ul>${items}${false}${null}${undefined}</ul>`}`).toBe(
      '<ul><li>a</li><li>&lt;b&gt;</li></ul>',
    )
    expect(`${html`<p>${1}${trustedHtml('<br>')}</p>`}`).toBe('<p>1<br></p>')
  })

  it('takes only attributes(...) inside a tag, escaped and quoted', () => {
    expect(`${html`<td${attributes({ colspan: 2, rowspan: null, title: hostile })}>x</td>`}`).toBe(
      `<td colspan="2" title="&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/&quot;&gt;&lt;script&gt;x&lt;/script&gt;">x</td>`,
    )
    expect(() => attributes({ 'onclick=x y': 'z' })).toThrow()
  })

  it('refuses a value where escaping would not protect it', () => {
    const level = '1 onclick=alert(1)'
    expect(() => html`<h${level}>x</h1>`).toThrow('Inside a tag')
    expect(() => html`<td ${'colspan=2'}>x</td>`).toThrow('Inside a tag')
    expect(() => html`<a href="${html`<b>`}">x</a>`).toThrow('attribute value')
    expect(() => html`<p>${attributes({ id: 'x' })}</p>`).toThrow('inside a tag')
    expect(() => html`<a href='${'x'}'>x</a>`).toThrow('double quotes')
  })
})
