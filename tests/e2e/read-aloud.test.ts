// "Écouter" in real Chromium: the text handed to the voice is made of whole sentences (no
// "Mon plan d'actionUn seul plan", no "30 juin 20271 étapes"), the voice is the device's own voice
// of the app's language, and when the device has none the screen says so instead of reading.
// The browser's speech engine is replaced by a recorder (a test cannot listen), with the voices
// each case needs; everything else is the built app.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { fr } from '../../src/i18n/fr.ts'
import { nl } from '../../src/i18n/nl.ts'
import { type AppServer, startAppServer } from '../support/app-server.ts'
import { launchBrowser } from '../support/browser.ts'
import { openApp } from './helpers/app.ts'
import { openAddForm, saveForm } from './helpers/booklet-steps.ts'

type FakeVoice = { name: string; lang: string; localService: boolean }
type Spoken = { text: string; lang: string; voice: string | undefined }

let server: AppServer
let browser: Browser

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A context whose speech engine records what it is asked to say, with these voices. */
async function withVoices(
  voices: FakeVoice[],
  lang?: 'nl',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext()
  await context.addInitScript(
    ({ voices, lang }) => {
      if (lang) localStorage.setItem('livret.lang', lang)
      const spoken: unknown[] = []
      Object.assign(window, { __spoken: spoken })
      class Utterance {
        text: string
        lang = ''
        voice: { name: string } | null = null
        onend: (() => void) | null = null
        onerror: (() => void) | null = null
        constructor(text: string) {
          this.text = text
        }
      }
      const engine = {
        getVoices: () => voices.map((v) => ({ ...v, default: false, voiceURI: v.name })),
        speak: (u: Utterance) => {
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name })
          queueMicrotask(() => u.onend?.())
        },
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      }
      Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true })
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
    },
    { voices, lang },
  )
  return { context, page: await context.newPage() }
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)

test('reads the plan as sentences, with the device’s own French voice', async () => {
  const { context, page } = await withVoices([
    { name: 'Réseau (fr-BE)', lang: 'fr-BE', localService: false },
    { name: 'Amélie', lang: 'fr-FR', localService: true },
    { name: 'Daniel', lang: 'en-GB', localService: true },
  ])
  await openApp(page, server.origin, '/plan')
  await openAddForm(page, 'Ajouter un objectif')
  const form = page.locator('main form')
  await form.getByLabel('Objectif', { exact: true }).fill('Passer le permis B')
  await form.getByLabel('Pour quand').fill('2027-06-30')
  await saveForm(page)
  await page.getByRole('button', { name: 'Ajouter une étape : Passer le permis B' }).click()
  await page.locator('main form').getByLabel('Étape', { exact: true }).fill('S’inscrire à l’auto-école')
  await saveForm(page)
  await page.getByText('1 étape', { exact: true }).waitFor()

  await page.getByRole('button', { name: fr['listen.start'] }).click()
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(1)
  const [said] = await spoken(page)
  expect(said?.voice).toBe('Amélie')
  expect(said?.lang).toBe('fr-FR')
  expect(said?.text).toContain("Mon plan d'action. Un seul plan, avec des objectifs et des étapes.")
  expect(said?.text).toContain('Passer le permis B. Pas encore commencé. Pour le 30 juin 2027.')
  expect(said?.text).toContain('0 étape faite sur 1 (0 pour cent).')
  expect(said?.text).toContain('1 étape.')
  expect(said?.text).toContain('Étape que j’ai ajoutée.')
  expect(said?.text).not.toMatch(/20271|actionUn|Écouter/)
  await context.close()
})

test('says so in plain words when the device has no voice of the language', async () => {
  const { context, page } = await withVoices([{ name: 'Amélie', lang: 'fr-FR', localService: true }], 'nl')
  await page.goto(`${server.origin}/plan`)
  await page.getByRole('button', { name: nl['listen.start'] }).click()
  await page.getByRole('status').filter({ hasText: nl['listen.noVoice'] }).waitFor()
  expect(await spoken(page)).toEqual([])
  await context.close()
})
