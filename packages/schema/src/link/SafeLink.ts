import { Link } from '@tiptap/extension-link'
import { isSafeHref } from '../validation/isSafeHref'

/**
 * Links as the server accepts them: typed, autolinked, pasted or parsed, a link is made only
 * where `isSafeHref` allows its target. TipTap's own list also allows ftp, tel and more, which
 * the server refuses: a clerk typing an ftp address would have had her edit refused.
 */
export const SafeLink = Link.extend({
  addOptions() {
    const parent = this.parent?.() ?? Link.options
    return {
      ...parent,
      openOnClick: false,
      isAllowedUri: (url) => isSafeHref(url),
      // Autolinking and pasting a bare URL check only this, with the URL as typed.
      shouldAutoLink: (url) => isSafeHref(url) && parent.shouldAutoLink(url),
    }
  },
})
