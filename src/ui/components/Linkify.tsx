// Links every known acronym in a text to its glossary entry ("CPAS de Liège" → CPAS is a link).
import { Abbr } from './Abbr.tsx'

/** Acronyms and names explained in the glossary, with their anchor. */
export const ACRONYMS: Readonly<Record<string, string>> = {
  Actiris: 'actiris',
  CCAS: 'ccas',
  CEFO: 'cefo',
  CISP: 'cisp',
  CPAS: 'cpas',
  CPF: 'cpf',
  CSEF: 'csef',
  CV: 'cv',
  EFT: 'eft',
  ESCO: 'esco',
  Forem: 'forem',
  'France Travail': 'france-travail',
  IAE: 'iae',
  MIRE: 'mire',
  'Mission locale': 'mission-locale',
  OISP: 'oisp',
  ONEM: 'onem',
  PLIE: 'plie',
  'Pôle emploi': 'pole-emploi',
  RIS: 'ris',
  ROME: 'rome',
  RSA: 'rsa',
  VAE: 'vae',
  VDAB: 'vdab',
}

const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(ACRONYMS).join('|')})(?![\\p{L}\\p{N}])`, 'gu')

/** The text with its acronyms linked to the glossary. */
export function Linkify({ text }: { text: string }) {
  const parts = text.split(PATTERN)
  if (parts.length === 1) return <>{text}</>
  return (
    <>
      {parts.map((p, i) => {
        const k = i % 2 === 1 ? ACRONYMS[p] : undefined
        return k ? (
          <Abbr key={i} k={k}>
            {p}
          </Abbr>
        ) : (
          p
        )
      })}
    </>
  )
}
