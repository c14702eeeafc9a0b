// Home: an overview of progress (competences by family, validations, plan, next steps, path timeline), then
// links to every part of the booklet. Drawn from an Overview: live (LiveHome.tsx) or, until the
// document is loaded, the one remembered at the last change.
import { useEffect } from 'preact/hooks'
import { COMPETENCE_FAMILIES } from '../../domain/enums.ts'
import { formatDate, plural, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { CardSection, PageHeader } from '../components/PageHeader.tsx'
import { PlanProgressBar } from '../components/ProgressBar.tsx'
import { ROUTES } from '../routes.ts'
import { ProfileGreeting } from '../screens/profile-greeting.tsx'
import { useStore } from '../store.ts'
import { FirstName } from './FirstName.tsx'
import { LazyHomeDue, LazyHomeValidations } from './LazyHomeCards.tsx'
import { ModeChoice } from './ModeChoice.tsx'
import { EMPTY_OVERVIEW, type Overview, overviewStore } from './overview.ts'
import { PathTimeline } from './PathTimeline.tsx'
import { StartCard } from './StartCard.tsx'
import { Welcome } from './Welcome.tsx'

const TILE_SECTION: Record<string, string> = {
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
    if (overview !== EMPTY_OVERVIEW && performance.getEntriesByName('livret:first-data').length === 0)
      performance.mark('livret:first-data')
  }, [overview])
  return (
    <div class="home">
      <PageHeader icon="home" title={t('home.title')} intro={t('home.intro')} />
      <LazyHomeDue />
      <ProfileGreeting />
      <Welcome />
      <ModeChoice />
      <FirstName />
      <StartCard empty={overview !== EMPTY_OVERVIEW && Object.values(counts).every((n) => n === 0)} />
      <CardSection id="home-comp" icon="competences" title={t('home.competences')}>
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
      </CardSection>
      <LazyHomeValidations />

      <CardSection id="home-plan" icon="plan" title={t('home.plan')}>
        <p>
          {plural('home.objectivesDone', progress.objectivesDone)} ·{' '}
          {plural('home.objectivesDoing', progress.objectivesInProgress)}
        </p>
        <PlanProgressBar progress={progress} text="home.stepsDone" />
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
      </CardSection>

      <CardSection id="home-path" icon="path" title={t('home.path')}>
        {stages.length === 0 ? <p class="muted">{t('home.pathEmpty')}</p> : <PathTimeline stages={stages} />}
        <a href="/parcours">{t('path.title')} →</a>
      </CardSection>

      <CardSection bare id="home-sections" icon="booklet" title={t('home.sections')}>
        <ul class="tiles">
          {ROUTES.filter((r) => r.nav && (!r.modes || r.modes.includes('holder'))).map((r) => {
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
      </CardSection>
    </div>
  )
}

/** The home screen: the live overview once the booklet is open, the remembered one before. */
export function HomeScreen() {
  return <HomeView overview={useStore(overviewStore)} />
}
