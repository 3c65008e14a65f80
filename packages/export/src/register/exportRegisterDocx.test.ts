import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportRegisterDocx } from './exportRegisterDocx'

describe('exportRegisterDocx', () => {
  it('writes the register as one table, with links to the blocks and values as plain text', async () => {
    const docx = await exportRegisterDocx({
      title: 'Recommendations: Play inquiry',
      columns: ['Meeting', 'Number', 'Recommendation'],
      rows: [
        ['First session', 'R1', 'Fund play <streets> & "parks"'],
        ['Second session', 'R1', '=HYPERLINK("http://evil.example")'],
      ],
      links: ['http://localhost/d/first?block=1-2', 'javascript:alert(1)'],
      linkedColumn: 2,
    })
    const zip = await JSZip.loadAsync(docx)
    const body = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(body).toContain('Recommendations: Play inquiry')
    expect(body).toContain('Fund play &lt;streets&gt; &amp; &quot;parks&quot;')
    expect(body.match(/<w:hyperlink /g)).toHaveLength(1)
    expect(body).not.toContain('<w:fldSimple')
    const relations = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? ''
    expect(relations).toContain('http://localhost/d/first?block=1-2')
    expect(relations).not.toContain('javascript:')
  })
})
