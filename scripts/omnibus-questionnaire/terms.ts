// Convention article titles that are also theme titles: one wording for both.
import type { L } from './types.ts';

// Article 10.
export const LIABILITY_OF_LEGAL_PERSONS: L = {
  ar: 'مسؤولية الهيئات الاعتبارية',
  en: 'Liability of legal persons',
  es: 'Responsabilidad de las personas jurídicas',
  fr: 'Responsabilité des personnes morales',
  ru: 'Ответственность юридических лиц',
  zh: '法人责任',
};

// Article 12.
export const CONFISCATION_AND_SEIZURE: L = {
  ar: 'المصادرة والضبط',
  en: 'Confiscation and seizure',
  es: 'Decomiso e incautación',
  fr: 'Confiscation et saisie',
  ru: 'Конфискация и арест',
  zh: '没收和扣押',
};

// Article 15.
export const JURISDICTION: L = {
  ar: 'الولاية القضائية',
  en: 'Jurisdiction',
  es: 'Jurisdicción',
  fr: 'Compétence',
  ru: 'Юрисдикция',
  zh: '管辖权',
};

// Article 18.
export const MUTUAL_LEGAL_ASSISTANCE: L = {
  ar: 'المساعدة القانونية المتبادلة',
  en: 'Mutual legal assistance',
  es: 'Asistencia judicial recíproca',
  fr: 'Entraide judiciaire',
  ru: 'Взаимная правовая помощь',
  zh: '司法协助',
};

// Article 20.
export const SPECIAL_INVESTIGATIVE_TECHNIQUES: L = {
  ar: 'أساليب التحري الخاصة',
  en: 'Special investigative techniques',
  es: 'Técnicas especiales de investigación',
  fr: 'Techniques d’enquête spéciales',
  ru: 'Специальные методы расследования',
  zh: '特殊侦查手段',
};

// Article 27.
export const LAW_ENFORCEMENT_COOPERATION: L = {
  ar: 'التعاون في مجال إنفاذ القانون',
  en: 'Law enforcement cooperation',
  es: 'Cooperación en materia de cumplimiento de la ley',
  fr: 'Coopération entre les services de détection et de répression',
  ru: 'Сотрудничество между правоохранительными органами',
  zh: '执法合作',
};

// Article 29.
export const TRAINING_AND_TECHNICAL_ASSISTANCE: L = {
  ar: 'التدريب والمساعدة التقنية',
  en: 'Training and technical assistance',
  es: 'Capacitación y asistencia técnica',
  fr: 'Formation et assistance technique',
  ru: 'Подготовка кадров и техническая помощь',
  zh: '培训和技术援助',
};

// Article 31.
export const PREVENTION: L = {
  ar: 'المنع',
  en: 'Prevention',
  es: 'Prevención',
  fr: 'Prévention',
  ru: 'Предупреждение',
  zh: '预防',
};
