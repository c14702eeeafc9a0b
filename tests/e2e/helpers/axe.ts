// axe in the page with the WCAG 2.2 AA tags; a violation fails the test with every node listed.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The axe tags the issue asks for (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe on the current page and fails listing every violation with its nodes. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const found = results.violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  )
  expect(found, found.join('\n')).toEqual([])
  // axe really looked at the screen (an empty page would pass with nothing checked).
  expect(results.passes.length).toBeGreaterThan(5)
}
