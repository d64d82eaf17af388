// How each instrument's provisions are grouped into chapters. An article not listed in any chapter
// of its instrument goes to the instrument's last chapter, so new source data never gets lost.
import { CRIMINALIZATION_TITLE } from './tip.ts';
import type { InstrumentId, L } from './types.ts';

export interface ChapterPlan {
  readonly id: string;
  readonly title: L;
  // Article numbers (the leading number of ProvisionSource.article) that belong here.
  readonly articles: readonly number[];
}

const preventionCooperation: L = {
  ar: 'المنع والتعاون والتدابير الأخرى',
  en: 'Prevention, cooperation and other measures',
  es: 'Medidas de prevención, cooperación y otras medidas',
  fr: 'Prévention, coopération et autres mesures',
  ru: 'Предупреждение, сотрудничество и другие меры',
  zh: '预防、合作和其他措施',
};

export const CHAPTERS: Readonly<Record<InstrumentId, readonly ChapterPlan[]>> = {
  untoc: [
    { id: 'untoc-criminalization', title: CRIMINALIZATION_TITLE, articles: [5, 6, 8, 23] },
    {
      id: 'untoc-liability-confiscation-jurisdiction',
      title: {
        ar: 'المسؤولية والمصادرة والولاية القضائية',
        en: 'Liability, confiscation and jurisdiction',
        es: 'Responsabilidad, decomiso y jurisdicción',
        fr: 'Responsabilité, confiscation et compétence',
        ru: 'Ответственность, конфискация и юрисдикция',
        zh: '责任、没收和管辖权',
      },
      articles: [10, 11, 12, 13, 14, 15],
    },
    {
      id: 'untoc-international-cooperation',
      title: {
        ar: 'التعاون الدولي',
        en: 'International cooperation',
        es: 'Cooperación internacional',
        fr: 'Coopération internationale',
        ru: 'Международное сотрудничество',
        zh: '国际合作',
      },
      articles: [16, 17, 18, 19, 21],
    },
    {
      id: 'untoc-law-enforcement',
      title: {
        ar: 'إنفاذ القانون',
        en: 'Law enforcement',
        es: 'Cumplimiento de la ley',
        fr: 'Détection et répression',
        ru: 'Правоохранительная деятельность',
        zh: '执法',
      },
      articles: [20, 22, 26, 27, 28],
    },
    {
      id: 'untoc-protection',
      title: {
        ar: 'حماية الشهود والضحايا',
        en: 'Protection of witnesses and victims',
        es: 'Protección de testigos y víctimas',
        fr: 'Protection des témoins et des victimes',
        ru: 'Защита свидетелей и потерпевших',
        zh: '保护证人和被害人',
      },
      articles: [24, 25],
    },
    {
      id: 'untoc-prevention',
      title: {
        ar: 'المنع والتدريب والمساعدة التقنية',
        en: 'Prevention, training and technical assistance',
        es: 'Prevención, capacitación y asistencia técnica',
        fr: 'Prévention, formation et assistance technique',
        ru: 'Предупреждение, подготовка кадров и техническая помощь',
        zh: '预防、培训和技术援助',
      },
      articles: [7, 9, 29, 30, 31],
    },
  ],
  tip: [
    { id: 'tip-criminalization', title: CRIMINALIZATION_TITLE, articles: [5] },
    {
      id: 'tip-protection',
      title: {
        ar: 'حماية ضحايا الاتجار بالأشخاص',
        en: 'Protection of victims of trafficking in persons',
        es: 'Protección de las víctimas de la trata de personas',
        fr: 'Protection des victimes de la traite des personnes',
        ru: 'Защита жертв торговли людьми',
        zh: '对贩运人口活动被害人的保护',
      },
      articles: [6, 7, 8],
    },
    {
      id: 'tip-prevention-cooperation',
      title: preventionCooperation,
      articles: [9, 10, 11, 12, 13],
    },
  ],
  som: [
    { id: 'som-criminalization', title: CRIMINALIZATION_TITLE, articles: [5, 6] },
    {
      id: 'som-sea',
      title: {
        ar: 'تهريب المهاجرين عن طريق البحر',
        en: 'Smuggling of migrants by sea',
        es: 'Tráfico ilícito de migrantes por mar',
        fr: 'Trafic illicite de migrants par mer',
        ru: 'Незаконный ввоз мигрантов по морю',
        zh: '海上偷运移民',
      },
      articles: [7, 8, 9],
    },
    {
      id: 'som-prevention-cooperation',
      title: preventionCooperation,
      articles: [10, 11, 12, 13, 14, 15, 16, 18],
    },
  ],
  firearms: [
    { id: 'firearms-criminalization', title: CRIMINALIZATION_TITLE, articles: [5] },
    {
      id: 'firearms-control',
      title: {
        ar: 'المصادرة وحفظ السجلات والوسم ومراقبة عمليات النقل',
        en: 'Confiscation, record-keeping, marking and transfer controls',
        es: 'Decomiso, registros, marcación y control de las transferencias',
        fr: 'Confiscation, conservation des informations, marquage et contrôle des transferts',
        ru: 'Конфискация, хранение информации, маркировка и контроль за передачей',
        zh: '没收、记录保存、标识和转让管制',
      },
      articles: [6, 7, 8, 9, 10, 11],
    },
    {
      id: 'firearms-cooperation',
      title: {
        ar: 'المعلومات والتعاون والتدريب والسمسرة',
        en: 'Information, cooperation, training and brokering',
        es: 'Información, cooperación, capacitación y corretaje',
        fr: 'Information, coopération, formation et courtage',
        ru: 'Информация, сотрудничество, подготовка кадров и брокерская деятельность',
        zh: '信息、合作、培训和中介活动',
      },
      articles: [12, 13, 14, 15],
    },
  ],
};
