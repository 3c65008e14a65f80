import { type HeadingLevel, headingLevels } from '@minutes/schema'

/**
 * Heading levels that never skip (h1, then h2, then h3) whatever levels the text asks for:
 * one h1, sections at h2, headings inside a section below it.
 */
export class HeadingLevels {
  private hasTitle = false
  private last = 0

  next(requested: number, minimum: number): HeadingLevel {
    if (!this.hasTitle && requested === 1 && minimum <= 1) {
      this.hasTitle = true
      this.last = 1
      return 1
    }
    const level = Math.min(Math.max(requested, minimum, 2), this.last + 1, 6)
    this.last = level
    return headingLevels[level - 1] ?? 6
  }

  /** Leaving a section: what follows it sits at most one level below the section's heading. */
  close(level: HeadingLevel): void {
    this.last = level
  }
}
