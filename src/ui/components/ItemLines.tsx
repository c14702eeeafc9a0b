// One line per item, as read by someone else (printed booklet, a professional's view of a share):
// the content of a list item, the same words on paper and on screen.
import type {
  Competence,
  Contact,
  Experience,
  JobApplication,
  JournalEntry,
  PathStage,
  Project,
  SituationItem,
  Step,
} from '../../domain/index.ts'
import { formatDate, labelled, t } from '../../i18n/index.ts'
import { period } from '../format.ts'

/** "Title — kind, organisation, period" and the description. */
export const ExperienceLine = ({ item: e }: { item: Experience }) => (
  <>
    <strong>{e.title}</strong> — {t(`kind.${e.kind}`)}
    {e.organisation ? `, ${e.organisation}` : ''} {period(e.startDate, e.endDate)}
    {e.description ? <p>{e.description}</p> : null}
  </>
)

/** "Label — family, level"; `selfLevel` says the level is the holder's own view (beside validations). */
export const CompetenceLine = ({
  item: c,
  selfLevel,
}: {
  item: Competence
  selfLevel?: 'mine' | 'theirs'
}) => (
  <>
    <strong>{c.label}</strong> — {t(`family.${c.family}`)},{' '}
    {selfLevel === undefined
      ? t('level.short', { n: c.level, label: t(`level.${c.level}`) })
      : t(selfLevel === 'mine' ? 'trust.ownLevel' : 'trust.selfLevel', { n: c.level })}
    {c.esco ? <p class="esco-label">{labelled('ESCO', c.esco.label)}</p> : null}
  </>
)

/** "Target job — status", wishes and needs. */
export const ProjectLine = ({ item: p }: { item: Project }) => (
  <>
    <strong>{p.targetJob}</strong> — {t(`pstatus.${p.status}`)}
    {p.esco ? <p class="esco-label">{labelled('ESCO', p.esco.label)}</p> : null}
    {p.wishes ? <p>{p.wishes}</p> : null}
    {p.needs ? <p>{p.needs}</p> : null}
  </>
)

/** "Stage — organisation, period (referent)". */
export const PathLine = ({ item: s }: { item: PathStage }) => (
  <>
    <strong>{t(`stage.${s.kind}`)}</strong> — {s.organisation}, {period(s.startDate, s.endDate)}
    {s.referent ? ` (${s.referent})` : ''}
  </>
)

/** "Name role · organisation · phone · e-mail". */
export const ContactLine = ({ item: c }: { item: Contact }) => (
  <>
    <strong>{c.name}</strong> {[c.role, c.organisation, c.phone, c.email].filter(Boolean).join(' · ')}
  </>
)

/** "Area — status" and the note. */
export const SituationLine = ({ item: s }: { item: SituationItem }) => (
  <>
    <strong>{t(`area.${s.area}`)}</strong> — {t(`sstatus.${s.status}`)}
    {s.note ? <p>{s.note}</p> : null}
  </>
)

/** "Date — text". */
export const JournalLine = ({ item: j }: { item: JournalEntry }) => (
  <>
    <strong>{formatDate(j.date)}</strong> — {j.text}
  </>
)

/** "Date — job · employer", how and the answer, the next step (a job application picked into a share). */
export const ApplicationLine = ({ item: a }: { item: JobApplication }) => (
  <>
    <strong>{formatDate(a.date)}</strong> — {a.job} · {a.employer}
    <p>
      {t('apps.line', { channel: t(`apps.channel.${a.channel}`), answer: t(`apps.answer.${a.answer}`) })}
      {a.answerNote ? ` (${a.answerNote})` : ''}
    </p>
    {a.nextStep ? (
      <p>
        {labelled(t('apps.nextStepShort'), a.nextStep)}
        {a.nextStepDate ? ` (${formatDate(a.nextStepDate)})` : ''}
      </p>
    ) : null}
  </>
)

/** "Title — state[, origin][, due date]" and each commitment with who made it; `roles` picks the
 * words for who (the holder's own "Mon formateur", or a professional's "Formateur"). */
export const StepLine = ({
  item: s,
  roles,
  origin,
}: {
  item: Step
  roles: 'role' | 'operator.role'
  origin?: string
}) => (
  <>
    {s.title} — {t(`sstep.${s.status}`)}
    {origin ? `, ${origin}` : ''}
    {s.dueDate ? `, ${t('home.due', { date: formatDate(s.dueDate) })}` : ''}
    {s.commitments.map((c, i) => (
      <p key={i}>{labelled(t(`${roles}.${c.actor.role}`), c.text)}</p>
    ))}
  </>
)
