// The theme catalogue of the definition: every Theme of types.ts with its title.
import {
  CONFISCATION_AND_SEIZURE,
  JURISDICTION,
  LAW_ENFORCEMENT_COOPERATION,
  LIABILITY_OF_LEGAL_PERSONS,
  MUTUAL_LEGAL_ASSISTANCE,
  PREVENTION,
  SPECIAL_INVESTIGATIVE_TECHNIQUES,
  TRAINING_AND_TECHNICAL_ASSISTANCE,
} from './terms.ts';
import { BORDER_MEASURES_TITLE, CRIMINALIZATION_TITLE } from './tip.ts';
import type { L, Theme } from './types.ts';

export const THEME_TITLES: Readonly<Record<Theme, L>> = {
  criminalization: CRIMINALIZATION_TITLE,
  'liability-of-legal-persons': LIABILITY_OF_LEGAL_PERSONS,
  'confiscation-and-seizure': CONFISCATION_AND_SEIZURE,
  jurisdiction: JURISDICTION,
  'extradition-and-transfer': {
    ar: 'تسليم المجرمين ونقل الأشخاص المحكوم عليهم',
    en: 'Extradition and transfer of sentenced persons',
    es: 'Extradición y traslado de personas condenadas',
    fr: 'Extradition et transfert des personnes condamnées',
    ru: 'Выдача и передача осужденных лиц',
    zh: '引渡和被判刑人员的移交',
  },
  'mutual-legal-assistance': MUTUAL_LEGAL_ASSISTANCE,
  'law-enforcement-cooperation': LAW_ENFORCEMENT_COOPERATION,
  'special-investigative-techniques': SPECIAL_INVESTIGATIVE_TECHNIQUES,
  'protection-of-victims-and-witnesses': {
    ar: 'حماية الضحايا والشهود',
    en: 'Protection of victims and witnesses',
    es: 'Protección de víctimas y testigos',
    fr: 'Protection des victimes et des témoins',
    ru: 'Защита потерпевших и свидетелей',
    zh: '保护被害人和证人',
  },
  prevention: PREVENTION,
  'training-and-technical-assistance': TRAINING_AND_TECHNICAL_ASSISTANCE,
  'information-exchange': {
    ar: 'تبادل المعلومات',
    en: 'Information exchange',
    es: 'Intercambio de información',
    fr: 'Échange d’informations',
    ru: 'Обмен информацией',
    zh: '信息交流',
  },
  'border-measures': BORDER_MEASURES_TITLE,
  'document-security': {
    ar: 'أمن الوثائق ومراقبتها',
    en: 'Security and control of documents',
    es: 'Seguridad y control de los documentos',
    fr: 'Sécurité et contrôle des documents',
    ru: 'Надежность и контроль в отношении документов',
    zh: '证件的安全和管制',
  },
  'firearms-control': {
    ar: 'مراقبة الأسلحة النارية',
    en: 'Firearms control',
    es: 'Control de las armas de fuego',
    fr: 'Contrôle des armes à feu',
    ru: 'Контроль над огнестрельным оружием',
    zh: '枪支管制',
  },
};
