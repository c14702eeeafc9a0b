// Whether the browser may erase this site's data on its own: Safari (iOS, iPadOS, macOS) deletes
// the storage of a site that is not installed after 7 days without use, unless storage is
// persistent. Other browsers only evict under storage pressure, and the app asks for persistence.
import { createStore } from '../lib/index.ts'

/** What eviction needs to know about the browser (a parameter so tests can describe one). */
export type BrowserFacts = { userAgent: string; installed: boolean; persisted: boolean | undefined }

/** True for WebKit browsers that apply the 7-day rule: Safari, and every browser on iOS/iPadOS. */
export function isSevenDayBrowser(userAgent: string): boolean {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(userAgent)
  const safari =
    /\bSafari\//.test(userAgent) && !/(Chrome|Chromium|CriOS|Edg|OPR|Firefox|FxiOS|Android)/.test(userAgent)
  return ios || safari
}

/** Whether to warn the person that the booklet may be erased. */
export function evictionRisk(facts: BrowserFacts): boolean {
  if (facts.persisted === true || facts.installed) return false
  return isSevenDayBrowser(facts.userAgent)
}

/** Whether the app runs installed (home-screen icon), in this browser. */
export function runsInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true
  return standalone || globalThis.matchMedia?.('(display-mode: standalone)').matches === true
}

/** The facts of this browser (persisted is undefined where the Storage API is missing). */
export async function browserFacts(): Promise<BrowserFacts> {
  let persisted: boolean | undefined
  try {
    persisted = await navigator.storage?.persisted?.()
  } catch {
    persisted = undefined
  }
  return { userAgent: navigator.userAgent, installed: runsInstalled(), persisted }
}

type InstallEvent = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> }

/** Set when the browser offers to install the app (Chromium's `beforeinstallprompt`). */
export const installStore = createStore<{ install: () => Promise<void> } | undefined>(undefined)

/** Keeps the browser's install offer so that a button can use it later. */
export function listenForInstallOffer(): void {
  globalThis.addEventListener?.('beforeinstallprompt', (e) => {
    e.preventDefault()
    const offer = e as InstallEvent
    installStore.set({
      install: async () => {
        installStore.set(undefined)
        try {
          await offer.prompt()
          await offer.userChoice
        } catch {
          // The browser refused to show it again: the how-to text stays.
        }
      },
    })
  })
  globalThis.addEventListener?.('appinstalled', () => installStore.set(undefined))
}
