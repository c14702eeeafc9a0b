// Reminders without a push server: when the person has said yes (a button in the agenda, never
// asked on its own) and the browser allows notifications, opening the app shows one notification
// through the service worker for what is due today and tomorrow, at most once a day.
import { type Agenda, dueTodayAndTomorrow } from '../../../features/agenda/index.ts'
import { t } from '../../../i18n/index.ts'

const OPT_IN = 'livret.reminders'
const LAST = 'livret.reminders.last'

/** Where reminders stand on this device. */
export type ReminderState = 'unsupported' | 'off' | 'on' | 'denied'

const supported = (): boolean => typeof Notification !== 'undefined' && 'serviceWorker' in navigator

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
const write = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
}

/** The reminders' state on this device. */
export function reminderState(): ReminderState {
  if (!supported()) return 'unsupported'
  if (Notification.permission === 'denied') return 'denied'
  return Notification.permission === 'granted' && read(OPT_IN) === '1' ? 'on' : 'off'
}

/** Asks the browser (after the person tapped "yes") and remembers the choice. */
export async function enableReminders(): Promise<ReminderState> {
  if (!supported()) return 'unsupported'
  const permission = await Notification.requestPermission()
  if (permission === 'granted') write(OPT_IN, '1')
  return reminderState()
}

/** Shows today's and tomorrow's items as one notification, once a day, if the person opted in. */
export async function remindDue(agenda: Agenda): Promise<boolean> {
  if (reminderState() !== 'on' || read(LAST) === agenda.today) return false
  const { today, tomorrow } = dueTodayAndTomorrow(agenda)
  const lines = [
    ...today.map((i) => `${t('home.agendaToday')} : ${i.title}${i.time ? ` ${i.time}` : ''}`),
    ...tomorrow.map((i) => `${t('home.agendaTomorrow')} : ${i.title}${i.time ? ` ${i.time}` : ''}`),
  ]
  if (lines.length === 0) return false
  try {
    const registration = await navigator.serviceWorker.ready
    await registration.showNotification(t('agenda.remind.notifTitle'), {
      body: lines.join('\n'),
      tag: 'livret-agenda',
      icon: '/icon-192.png',
    })
    write(LAST, agenda.today)
    return true
  } catch {
    return false
  }
}
