// Settings: language, storage used and available, links to backup and print.
import { useEffect, useState } from 'preact/hooks'
import { LANGS, setLang, t } from '../../i18n/index.ts'
import { storageEstimate } from '../../storage/index.ts'
import { CardSection, PageHeader } from '../components/PageHeader.tsx'
import { ChoiceGroup } from '../crud/InputField.tsx'
import { ModeSetting } from '../home/ModeChoice.tsx'
import { LANG_NAMES } from '../home/Welcome.tsx'
import { useMode } from '../mode.ts'
import { useLang } from '../store.ts'

/** Bytes as "12,3 Mo" in the current language. */
export function formatBytes(n: number, lang: string): string {
  const units = lang === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB']
  let i = 0
  let v = n
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000
    i++
  }
  return `${v.toLocaleString(lang, { maximumFractionDigits: 1 })} ${units[i]}`
}

/** The settings screen. */
export default function SettingsScreen() {
  const lang = useLang()
  const mode = useMode()
  const [estimate, setEstimate] = useState<{ usedBytes: number; quotaBytes: number } | null | undefined>(
    undefined,
  )
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined)
  useEffect(() => {
    void storageEstimate().then((e) => setEstimate(e ?? null))
    void navigator.storage?.persisted?.().then(setPersisted, () => undefined)
  }, [])
  return (
    <div>
      <PageHeader icon="settings" title={t('settings.title')} />
      <CardSection id="settings-lang" icon="language" title={t('settings.language')}>
        <ChoiceGroup
          legend={t('settings.languageHelp')}
          name="lang"
          options={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l], lang: l }))}
          value={lang}
          onPick={(l) => void setLang(l)}
        />
      </CardSection>
      <CardSection id="settings-mode" icon="profile" title={t('mode.settings')}>
        <ModeSetting mode={mode} />
      </CardSection>
      <CardSection id="settings-storage" icon="storage" title={t('settings.storage')}>
        {estimate === undefined ? (
          <p class="muted">{t('app.loading')}</p>
        ) : estimate === null ? (
          <p>{t('settings.storageUnknown')}</p>
        ) : (
          <p>
            {t('settings.storageUsed', {
              used: formatBytes(estimate.usedBytes, lang),
              quota: formatBytes(estimate.quotaBytes, lang),
            })}
          </p>
        )}
        {persisted === undefined ? null : (
          <p>{t(persisted ? 'settings.persisted' : 'settings.notPersisted')}</p>
        )}
      </CardSection>
      <CardSection id="settings-backup" icon="backup" title={t('nav.backup')}>
        <ul class="plain">
          <li>
            <a href="/sauvegarde">{t('settings.backupLink')}</a>
          </li>
          <li>
            <a href="/imprimer">{t('settings.printLink')}</a>
          </li>
        </ul>
      </CardSection>
      <CardSection id="settings-trust" icon="validated" title={t('trust.orgs.title')}>
        <p>
          <a href="/confiance">{t('trust.orgs.title')}</a>
        </p>
      </CardSection>
      <CardSection id="settings-about" icon="private" title={t('settings.about')}>
        <p>{t('settings.aboutText')}</p>
        <p>{t('esco.credit')}</p>
      </CardSection>
    </div>
  )
}
