import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { AppointmentSchema } from './appointment.ts'
import { CvSelectionSchema } from './cv-selection.ts'
import { JobApplicationSchema } from './job-application.ts'

const stamp = '2026-01-02T03:04:05.000Z'
const appointment = {
  id: 'a1',
  organisation: 'Forem',
  date: '2026-03-10',
  time: '09:30',
  status: 'planned',
  createdAt: stamp,
  updatedAt: stamp,
}

describe('appointment', () => {
  it('reads a minimal appointment and refuses an impossible time', () => {
    expect(v.safeParse(AppointmentSchema, appointment).success).toBe(true)
    expect(v.safeParse(AppointmentSchema, { ...appointment, time: '24:00' }).success).toBe(false)
    expect(v.safeParse(AppointmentSchema, { ...appointment, timeZone: 'America/New_York' }).success).toBe(
      false,
    )
  })
  it('keeps a reason only for an appointment that did not happen', () => {
    const missed = { ...appointment, status: 'missed', missedReason: 'Bus en grève' }
    expect(v.safeParse(AppointmentSchema, missed).success).toBe(true)
    const r = v.safeParse(AppointmentSchema, { ...missed, status: 'done' })
    expect(r.success).toBe(false)
    expect(r.issues?.[0]?.message).toBe('reason-not-missed')
  })
})

describe('job application', () => {
  const app = {
    id: 'j1',
    employer: 'Delhaize Namur',
    job: 'Caissier',
    date: '2026-02-01',
    channel: 'visit',
    answer: 'waiting',
    proofIds: ['blob-1'],
    createdAt: stamp,
    updatedAt: stamp,
  }
  it('reads an application with proof ids and refuses an unknown channel or a hostile id', () => {
    expect(v.safeParse(JobApplicationSchema, app).success).toBe(true)
    expect(v.safeParse(JobApplicationSchema, { ...app, channel: 'pigeon' }).success).toBe(false)
    expect(v.safeParse(JobApplicationSchema, { ...app, proofIds: ['__proto__/x'] }).success).toBe(false)
  })
})

describe('saved CV selection', () => {
  it('reads a named selection and refuses an unknown layout', () => {
    const cv = {
      id: 'cv1',
      name: 'CV vente',
      layout: 'sobre',
      lang: 'nl',
      experienceIds: ['e1'],
      competenceIds: [],
      projectIds: [],
      contact: ['email'],
      createdAt: stamp,
      updatedAt: stamp,
    }
    expect(v.safeParse(CvSelectionSchema, cv).success).toBe(true)
    expect(v.safeParse(CvSelectionSchema, { ...cv, layout: 'fancy' }).success).toBe(false)
  })
})
