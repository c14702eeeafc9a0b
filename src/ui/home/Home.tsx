// Home: an overview of progress built from cheap counts, then links to every part of the booklet.
// Until the document is loaded, the overview remembered at the last change is shown.
import { useEffect, useState } from 'preact/hooks'
import { observeSection, type Section } from '../../booklet/index.ts'
import { COMPETENCE_FAMILIES } from '../../domain/index.ts'
import { formatDate, plural, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { PageHeader, SectionTitle } from '../components/PageHeader.tsx'
import { ProgressBar } from '../components/ProgressBar.tsx'
import { ROUTES } from '../routes.ts'
import { useSession } from '../session.ts'
import { computeOverview, type Overview, saveOverview } from './overview-cache.ts'
import { PathTimeline } from './PathTimeline.tsx'
import { Welcome } from './Welcome.tsx'

const WATCHED: readonly Section[] = [
  'competences',
  'objectives',
  'steps',
  'path',
  'experiences',
  'projects',
  'contacts',
  'journal',
]
const TILE_SECTION: Record<string, Section> = {
  experiences: 'experiences',
  competences: 'competences',
  projets: 'projects',
  plan: 'objectives',
  parcours: 'path',
  contacts: 'contacts',
  journal: 'journal',
}

/** The home screen drawn from an overview (live or remembered). */
export function HomeView({ overview }: { overview: Overview }) {
  const { families, progress, next, stages, counts } = overview
  const total = families.savoir + families['savoir-faire'] + families['savoir-etre']
  useEffect(() => {
    // First screen with data: a mark for the benchmark and for the person's own profiling.
    if (performance.getEntriesByName('livret:first-data').length === 0) performance.mark('livret:first-data')
  }, [])
  return (
    <div class="home">
      <PageHeader icon="home" title={t('home.title')} intro={t('home.intro')} />
      <Welcome />
      <section class="card" aria-labelledby="home-comp">
        <SectionTitle icon="competences" id="home-comp">
          {t('home.competences')}
        </SectionTitle>
        <p>{plural('home.competencesTotal', total)}</p>
        <ul class="tiles tiles-3">
          {COMPETENCE_FAMILIES.map((f) => (
            <li key={f} class="tile">
              <Icon name={f} />
              <strong class="big">{families[f]}</strong>
              <span>{t(`family.${f}`)}</span>
            </li>
          ))}
        </ul>
        <a href="/competences">{t('comp.title')} →</a>
      </section>

      <section class="card" aria-labelledby="home-plan">
        <SectionTitle icon="plan" id="home-plan">
          {t('home.plan')}
        </SectionTitle>
        <p>
          {plural('home.objectivesDone', progress.objectivesDone)} ·{' '}
          {plural('home.objectivesDoing', progress.objectivesInProgress)}
        </p>
        <ProgressBar
          done={progress.stepsDone}
          total={progress.stepsTotal}
          label={t('plan.progress')}
          text={t('home.stepsDone', { done: progress.stepsDone, total: progress.stepsTotal })}
        />
        <h3>
          <Icon name="steps" /> {t('home.nextSteps')}
        </h3>
        {next.length === 0 ? (
          <p class="muted">{t('home.noNextSteps')}</p>
        ) : (
          <ul class="plain">
            {next.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong> —{' '}
                {s.dueDate ? t('home.due', { date: formatDate(s.dueDate) }) : t('home.noDue')}
              </li>
            ))}
          </ul>
        )}
        <a href="/plan">{t('plan.title')} →</a>
      </section>

      <section class="card" aria-labelledby="home-path">
        <SectionTitle icon="path" id="home-path">
          {t('home.path')}
        </SectionTitle>
        {stages.length === 0 ? <p class="muted">{t('home.pathEmpty')}</p> : <PathTimeline stages={stages} />}
        <a href="/parcours">{t('path.title')} →</a>
      </section>

      <section aria-labelledby="home-sections">
        <SectionTitle icon="booklet" id="home-sections">
          {t('home.sections')}
        </SectionTitle>
        <ul class="tiles">
          {ROUTES.filter((r) => r.nav).map((r) => {
            const section = TILE_SECTION[r.path]
            return (
              <li key={r.path}>
                <a class="tile tile-link" href={`/${r.path}`}>
                  <Icon name={r.icon} />
                  <span>{t(r.title)}</span>
                  {section ? (
                    <span class="muted small">{plural('home.counts', counts[section] ?? 0)}</span>
                  ) : null}
                </a>
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}

/** The home screen of the open booklet, kept up to date and remembered for the next start. */
export function Home() {
  const { doc } = useSession()
  const [, setVersion] = useState(0)
  useEffect(() => {
    const offs = WATCHED.map((s) => observeSection(doc, s, () => setVersion((v) => v + 1)))
    return () => {
      for (const off of offs) off()
    }
  }, [doc])
  const overview = computeOverview(doc)
  useEffect(() => saveOverview(overview))
  return <HomeView overview={overview} />
}
