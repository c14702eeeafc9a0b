import { describe, expect, it } from 'vitest'
import {
  type Appointment,
  type JobApplication,
  type ObjectiveId,
  type Step,
  sampleStep,
} from '../../domain/index.ts'
import { agendaGroup, buildAgenda, dueTodayAndTomorrow } from './agenda.ts'

// Wednesday 11 March 2026, 23:30 in Brussels (22:30 UTC): still Wednesday there.
const NOW = new Date('2026-03-11T22:30:00.000Z')
const stamp = '2026-03-01T09:00:00.000Z'

// A step of the person's own (no commitments, no date) unless `over` says otherwise.
const step = (over: Partial<Step>): Step => {
  const { dueDate: _, ...base } = sampleStep('obj' as ObjectiveId, {
    proposedBy: { role: 'holder' },
    commitments: [],
  })
  return { ...base, ...over }
}
const appointment = (over: Partial<Appointment>): Appointment =>
  ({
    id: 'ap',
    organisation: 'Forem',
    date: '2026-03-12',
    status: 'planned',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  }) as Appointment
const application = (over: Partial<JobApplication>): JobApplication =>
  ({
    id: 'jb',
    employer: 'Colruyt',
    job: 'Réassortisseur',
    date: '2026-03-02',
    channel: 'online',
    answer: 'interview',
    proofIds: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  }) as JobApplication

const sources = () => ({
  steps: [
    step({
      id: 'late' as never,
      title: 'Inscription au Forem',
      dueDate: '2026-03-09',
      proposedBy: { role: 'operator', organisation: 'CPAS de Namur' },
      commitments: [
        { actor: { role: 'holder' }, text: 'Apporter la carte d’identité', done: false },
        { actor: { role: 'holder' }, text: 'Déjà fait', done: true },
        {
          actor: { role: 'operator', organisation: 'CPAS de Namur' },
          text: 'Prendre rendez-vous',
          done: false,
        },
      ],
    }),
    step({ id: 'today' as never, title: 'Appeler la mission locale', dueDate: '2026-03-11' }),
    step({ id: 'done' as never, title: 'Fini', dueDate: '2026-03-11', status: 'done' }),
    step({
      id: 'proposed' as never,
      title: 'Pas encore accepté',
      dueDate: '2026-03-11',
      consent: 'proposed',
      proposedBy: { role: 'operator' },
    }),
    step({ id: 'sunday' as never, title: 'Relire le CV', dueDate: '2026-03-15' }),
    step({ id: 'monday' as never, title: 'Semaine suivante', dueDate: '2026-03-16' }),
    step({
      id: 'undated' as never,
      title: 'Permis de conduire',
      proposedBy: { role: 'trainer', organisation: 'Auto-école' },
      commitments: [{ actor: { role: 'holder' }, text: 'Réviser le code', done: false }],
    }),
  ],
  appointments: [
    appointment({ id: 'ap-09' as never, time: '09:00', place: 'Rue de Fer 42' }),
    appointment({ id: 'ap-allday' as never, organisation: 'ONEM' }),
    appointment({ id: 'ap-done' as never, status: 'done' }),
  ],
  applications: [
    application({ nextStep: 'Entretien', nextStepDate: '2026-03-13' }),
    application({ id: 'refused' as never, answer: 'refused', nextStepDate: '2026-03-13' }),
  ],
})

describe('agenda', () => {
  it('lists every dated open item in date order, then time, grouped relative to now in Brussels', () => {
    const agenda = buildAgenda(sources(), NOW, 'Europe/Brussels')
    expect(agenda.today).toBe('2026-03-11')
    expect(agenda.items.map((i) => `${i.group}:${i.id}`)).toEqual([
      'late:late',
      'today:today',
      'this-week:ap-allday',
      'this-week:ap-09',
      'this-week:jb',
      'this-week:sunday',
      'later:monday',
    ])
  })
  it('names the organisation and the person’s own open commitments, whoever proposed the step', () => {
    const [late] = agendaGroup(buildAgenda(sources(), NOW), 'late')
    expect(late?.organisation).toBe('CPAS de Namur')
    expect(late?.commitments).toEqual(['Apporter la carte d’identité'])
    const ap = buildAgenda(sources(), NOW).items.find((i) => i.id === 'ap-09')
    expect(ap).toMatchObject({ organisation: 'Forem', time: '09:00', place: 'Rue de Fer 42' })
  })
  it('keeps undated open commitments of the person apart rather than losing them', () => {
    expect(buildAgenda(sources(), NOW).undated).toEqual([
      {
        stepId: 'undated',
        stepTitle: 'Permis de conduire',
        text: 'Réviser le code',
        organisation: 'Auto-école',
      },
    ])
  })
  it('uses the local day of the time zone, not the UTC day', () => {
    // 00:30 on Thursday in Brussels is still Wednesday in UTC.
    const agenda = buildAgenda(sources(), new Date('2026-03-11T23:30:00.000Z'), 'Europe/Brussels')
    expect(agenda.today).toBe('2026-03-12')
    expect(agendaGroup(agenda, 'today').map((i) => i.id)).toEqual(['ap-allday', 'ap-09'])
    expect(agendaGroup(agenda, 'late').map((i) => i.id)).toEqual(['late', 'today'])
  })
  it('shows what is due today and tomorrow for the home', () => {
    const due = dueTodayAndTomorrow(buildAgenda(sources(), NOW))
    expect(due.today.map((i) => i.id)).toEqual(['today'])
    expect(due.tomorrow.map((i) => i.id)).toEqual(['ap-allday', 'ap-09'])
  })
  it('keeps done and missed appointments apart, most recent first, with the reason one did not happen', () => {
    const agenda = buildAgenda(
      {
        steps: [],
        applications: [],
        appointments: [
          appointment({ id: 'planned' as never }),
          appointment({ id: 'old' as never, date: '2026-02-02', status: 'done' }),
          appointment({
            id: 'missed' as never,
            date: '2026-03-09',
            time: '10:00',
            status: 'missed',
            missedReason: 'Bus en grève',
          }),
          appointment({ id: 'silent' as never, date: '2026-03-05', status: 'missed' }),
        ],
      },
      NOW,
    )
    expect(agenda.items.map((i) => i.id)).toEqual(['planned'])
    expect(agenda.past).toEqual([
      {
        id: 'missed',
        title: 'Forem',
        day: '2026-03-09',
        time: '10:00',
        organisation: 'Forem',
        status: 'missed',
        missedReason: 'Bus en grève',
      },
      { id: 'silent', title: 'Forem', day: '2026-03-05', organisation: 'Forem', status: 'missed' },
      { id: 'old', title: 'Forem', day: '2026-02-02', organisation: 'Forem', status: 'done' },
    ])
  })
})
