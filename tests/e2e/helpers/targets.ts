// The tap-target measure of issue 12 point 6, shared by the tests that check screens at 360 px:
// every link, button, summary, select and text field (a checkbox or radio button: its label) smaller
// than min×min px, except a link inside a sentence (WCAG 2.5.8 "Inline") and hidden elements.
import type { Page } from 'playwright-core'

/** Every visible target smaller than MIN×MIN px on the current screen, described. */
export const smallTargets = (p: Page, min: number) =>
  p.evaluate((min) => {
    const out: string[] = []
    const visible = (el: Element) => {
      const s = getComputedStyle(el)
      const r = el.getBoundingClientRect()
      return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 1 && r.height > 1
    }
    // A link in a sentence: words of its own line (text nodes next to it, up to its block) around it.
    const inline = (a: Element) => {
      let node: Element | null = a
      while (node?.parentElement) {
        const parent: Element = node.parentElement
        for (const child of parent.childNodes)
          if (child !== node && child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim())
            return true
        if (!getComputedStyle(parent).display.startsWith('inline')) return false
        node = parent
      }
      return false
    }
    const targets = document.querySelectorAll(
      'a[href], button, summary, select, input, textarea, [role="button"], [tabindex="0"]',
    )
    for (const el of targets) {
      if (el.closest('[hidden], .sr-only, .visually-hidden')) continue
      let target: Element = el
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null)
        if (label) target = label
      }
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue
      if (!visible(target)) continue
      if (el.matches('a') && inline(el)) continue
      const r = target.getBoundingClientRect()
      if (r.width < min - 0.5 || r.height < min - 0.5)
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        )
    }
    return out
  }, min)
