// The closing chapter: the State's overall technical assistance priorities, the assistance it has
// already received, and whether it needs help completing this questionnaire.
import { CLOSING_INSTRUMENT } from './instruments.ts';
import type { InstrumentOut, OptionOut, QuestionOut, TaType } from './output.ts';
import { YEAR_COLUMN } from './templates.ts';
import type { L } from './types.ts';

const TA_LABELS: Readonly<Record<Exclude<TaType, 'other'>, L>> = {
  'legal-advice': {
    ar: 'المشورة القانونية',
    en: 'Legal advice',
    es: 'Asesoramiento jurídico',
    fr: 'Conseils juridiques',
    ru: 'Юридические консультации',
    zh: '法律咨询',
  },
  'legislative-drafting': {
    ar: 'المساعدة على صياغة التشريعات',
    en: 'Assistance in drafting legislation',
    es: 'Asistencia en la redacción de legislación',
    fr: 'Aide à la rédaction de textes législatifs',
    ru: 'Помощь в разработке законодательства',
    zh: '协助起草立法',
  },
  'model-legislation': {
    ar: 'التشريعات النموذجية',
    en: 'Model legislation',
    es: 'Legislación modelo',
    fr: 'Législation type',
    ru: 'Типовое законодательство',
    zh: '示范立法',
  },
  'model-agreements': {
    ar: 'الاتفاقات النموذجية',
    en: 'Model agreements',
    es: 'Acuerdos modelo',
    fr: 'Accords types',
    ru: 'Типовые соглашения',
    zh: '示范协定',
  },
  'good-practices': {
    ar: 'ملخص للممارسات الجيدة والدروس المستفادة',
    en: 'Summary of good practices and lessons learned',
    es: 'Resumen de buenas prácticas y lecciones aprendidas',
    fr: 'Synthèse des bonnes pratiques et des enseignements tirés',
    ru: 'Обобщение передовой практики и извлеченных уроков',
    zh: '良好做法和经验教训汇编',
  },
  'action-plan': {
    ar: 'وضع خطة عمل للتنفيذ',
    en: 'Development of an action plan for implementation',
    es: 'Elaboración de un plan de acción para la aplicación',
    fr: 'Élaboration d’un plan d’action pour l’application',
    ru: 'Разработка плана действий по осуществлению',
    zh: '制定执行行动计划',
  },
  'on-site-expert': {
    ar: 'المساعدة الميدانية من خبير مختص',
    en: 'On-site assistance by a relevant expert',
    es: 'Asistencia in situ de un experto en la materia',
    fr: 'Assistance sur place d’un expert compétent',
    ru: 'Помощь соответствующего эксперта на месте',
    zh: '相关专家提供现场援助',
  },
  training: {
    ar: 'تدريب الموظفين',
    en: 'Training of officials',
    es: 'Capacitación de funcionarios',
    fr: 'Formation des agents',
    ru: 'Подготовка должностных лиц',
    zh: '官员培训',
  },
  equipment: {
    ar: 'المعدات والتكنولوجيا',
    en: 'Equipment and technology',
    es: 'Equipo y tecnología',
    fr: 'Équipement et technologie',
    ru: 'Оборудование и технологии',
    zh: '设备和技术',
  },
};

const TA_OPTIONS: readonly OptionOut[] = Object.entries(TA_LABELS).map(([id, label]) => ({
  id,
  label,
}));

const PRIORITY_OPTIONS: readonly OptionOut[] = [
  {
    id: 'high',
    label: { ar: 'عالية', en: 'High', es: 'Alta', fr: 'Élevée', ru: 'Высокая', zh: '高' },
  },
  {
    id: 'medium',
    label: { ar: 'متوسطة', en: 'Medium', es: 'Media', fr: 'Moyenne', ru: 'Средняя', zh: '中' },
  },
  {
    id: 'low',
    label: { ar: 'منخفضة', en: 'Low', es: 'Baja', fr: 'Faible', ru: 'Низкая', zh: '低' },
  },
];

const hasPriorities = 'count({closing-ta-priorities}) >= 1';

const PRIORITIES: readonly QuestionOut[] = [
  {
    id: 'closing-ta-priorities',
    type: 'multiple-choice',
    options: TA_OPTIONS,
    allowOther: true,
    text: {
      ar: 'ما أنواع المساعدة التقنية التي تمثل أولوية عامة لدولتكم في تنفيذ الاتفاقية والبروتوكولات الملحقة بها؟',
      en: 'Which types of technical assistance are your State’s overall priorities for implementing the Convention and its Protocols?',
      es: '¿Qué tipos de asistencia técnica son prioritarios para su Estado en la aplicación de la Convención y sus Protocolos?',
      fr: 'Quels types d’assistance technique sont prioritaires pour votre État dans l’application de la Convention et de ses Protocoles\u00a0?',
      ru: 'Какие виды технической помощи являются для вашего государства приоритетными в целом для осуществления Конвенции и протоколов к ней?',
      zh: '在执行公约及其议定书方面，贵国总体上优先需要哪些类型的技术援助？',
    },
  },
  {
    id: 'closing-ta-priority',
    type: 'single-choice',
    options: PRIORITY_OPTIONS,
    visibleIf: hasPriorities,
    requiredIf: hasPriorities,
    text: {
      ar: 'ما درجة أولوية هذه المساعدة؟',
      en: 'How high a priority is this assistance?',
      es: '¿Qué grado de prioridad tiene esta asistencia?',
      fr: 'Quel est le degré de priorité de cette assistance\u00a0?',
      ru: 'Насколько приоритетна эта помощь?',
      zh: '这项援助的优先程度如何？',
    },
  },
  {
    id: 'closing-ta-description',
    type: 'long-text',
    visibleIf: hasPriorities,
    text: {
      ar: 'يرجى وصف المساعدة المطلوبة والمؤسسات التي ستستفيد منها.',
      en: 'Describe the assistance needed and the institutions that would benefit from it.',
      es: 'Describa la asistencia necesaria y las instituciones que se beneficiarían de ella.',
      fr: 'Décrivez l’assistance nécessaire et les institutions qui en bénéficieraient.',
      ru: 'Опишите, какая помощь необходима и какие учреждения получат от нее пользу.',
      zh: '请说明所需援助以及将从中受益的机构。',
    },
  },
];

const receivedYes = "{closing-ta-received} = 'yes'";

const RECEIVED: readonly QuestionOut[] = [
  {
    id: 'closing-ta-received',
    type: 'yes-no',
    required: true,
    text: {
      ar: 'هل تلقت دولتكم مساعدة تقنية لتنفيذ الاتفاقية أو البروتوكولات الملحقة بها؟',
      en: 'Has your State received technical assistance to implement the Convention or its Protocols?',
      es: '¿Ha recibido su Estado asistencia técnica para aplicar la Convención o sus Protocolos?',
      fr: 'Votre État a-t-il reçu une assistance technique pour appliquer la Convention ou ses Protocoles\u00a0?',
      ru: 'Получало ли ваше государство техническую помощь для осуществления Конвенции или протоколов к ней?',
      zh: '贵国是否已获得执行公约或其议定书的技术援助？',
    },
  },
  {
    id: 'closing-ta-received-list',
    type: 'table',
    visibleIf: receivedYes,
    requiredIf: receivedYes,
    text: {
      ar: 'ما المساعدة التي تلقيتموها، ومن أي جهة؟',
      en: 'What assistance has your State received, and from whom?',
      es: '¿Qué asistencia ha recibido su Estado y de quién?',
      fr: 'Quelle assistance votre État a-t-il reçue, et de qui\u00a0?',
      ru: 'Какую помощь получило ваше государство и от кого?',
      zh: '贵国获得了哪些援助？由谁提供？',
    },
    columns: [
      {
        id: 'provider',
        type: 'text',
        label: {
          ar: 'مقدّم المساعدة (دولة أو منظمة أو هيئة)',
          en: 'Provider (State, organization or agency)',
          es: 'Proveedor (Estado, organización u organismo)',
          fr: 'Prestataire (État, organisation ou organisme)',
          ru: 'Кто предоставил помощь (государство, организация или учреждение)',
          zh: '提供方（国家、组织或机构）',
        },
      },
      {
        id: 'area',
        type: 'text',
        label: {
          ar: 'مجال المساعدة',
          en: 'Area of assistance',
          es: 'Ámbito de la asistencia',
          fr: 'Domaine d’assistance',
          ru: 'Область помощи',
          zh: '援助领域',
        },
      },
      YEAR_COLUMN,
    ],
    rows: { kind: 'dynamic' },
  },
];

const questionnaireHelpYes = "{closing-questionnaire-help} = 'yes'";

const QUESTIONNAIRE_HELP: readonly QuestionOut[] = [
  {
    id: 'closing-questionnaire-help',
    type: 'yes-no',
    required: true,
    text: {
      ar: 'هل تحتاج دولتكم إلى مساعدة لاستكمال هذا الاستبيان؟',
      en: 'Does your State need assistance to complete this questionnaire?',
      es: '¿Necesita su Estado asistencia para completar este cuestionario?',
      fr: 'Votre État a-t-il besoin d’aide pour remplir ce questionnaire\u00a0?',
      ru: 'Нуждается ли ваше государство в помощи для заполнения этого вопросника?',
      zh: '贵国在填写本调查表方面是否需要协助？',
    },
  },
  {
    id: 'closing-questionnaire-help-details',
    type: 'long-text',
    visibleIf: questionnaireHelpYes,
    text: {
      ar: 'يرجى وصف المساعدة التي تحتاجونها لاستكمال الاستبيان.',
      en: 'Describe the assistance your State needs to complete the questionnaire.',
      es: 'Describa la asistencia que necesita su Estado para completar el cuestionario.',
      fr: 'Décrivez l’aide dont votre État a besoin pour remplir le questionnaire.',
      ru: 'Опишите, какая помощь нужна вашему государству для заполнения вопросника.',
      zh: '请说明贵国在填写调查表方面需要何种协助。',
    },
  },
];

export function closingInstrument(): InstrumentOut {
  return {
    id: 'closing',
    kind: 'general',
    ...CLOSING_INSTRUMENT,
    chapters: [
      {
        id: 'closing-technical-assistance',
        title: CLOSING_INSTRUMENT.title,
        provisions: [
          {
            id: 'closing-priorities',
            instrument: 'closing',
            title: {
              ar: 'الأولويات العامة للمساعدة التقنية',
              en: 'Overall technical assistance priorities',
              es: 'Prioridades generales de asistencia técnica',
              fr: 'Priorités générales en matière d’assistance technique',
              ru: 'Общие приоритеты в области технической помощи',
              zh: '技术援助的总体优先事项',
            },
            summary: {
              ar: 'أنواع المساعدة التقنية التي ترى الدولة أنها الأشد حاجة إليها عموما، ومدى أولويتها.',
              en: 'The types of technical assistance the State needs most overall, and how high a priority they are.',
              es: 'Los tipos de asistencia técnica que el Estado más necesita en general y su grado de prioridad.',
              fr: 'Les types d’assistance technique dont l’État a le plus besoin dans l’ensemble, et leur degré de priorité.',
              ru: 'Виды технической помощи, в которых государство в целом нуждается больше всего, и степень их приоритетности.',
              zh: '本国总体上最需要的技术援助类型及其优先程度。',
            },
            questions: PRIORITIES,
          },
          {
            id: 'closing-received',
            instrument: 'closing',
            title: {
              ar: 'المساعدة التقنية التي جرى تلقيها',
              en: 'Technical assistance received',
              es: 'Asistencia técnica recibida',
              fr: 'Assistance technique reçue',
              ru: 'Полученная техническая помощь',
              zh: '已获得的技术援助',
            },
            summary: {
              ar: 'المساعدة التقنية التي تلقتها الدولة بالفعل، والجهات التي قدمتها، ومجالاتها، وتوقيتها.',
              en: 'Technical assistance the State has already received: from which providers, in which areas and when.',
              es: 'La asistencia técnica que el Estado ya ha recibido: de qué proveedores, en qué ámbitos y cuándo.',
              fr: 'L’assistance technique déjà reçue par l’État : de quels prestataires, dans quels domaines et quand.',
              ru: 'Техническая помощь, уже полученная государством: от кого, в каких областях и когда.',
              zh: '本国已获得的技术援助：提供方、领域和时间。',
            },
            questions: RECEIVED,
          },
          {
            id: 'closing-questionnaire',
            instrument: 'closing',
            title: {
              ar: 'المساعدة على استكمال الاستبيان',
              en: 'Assistance in completing the questionnaire',
              es: 'Asistencia para completar el cuestionario',
              fr: 'Aide pour remplir le questionnaire',
              ru: 'Помощь в заполнении вопросника',
              zh: '填写调查表方面的协助',
            },
            summary: {
              ar: 'ما إذا كانت الدولة تحتاج إلى مساعدة لاستكمال هذا التقييم الذاتي.',
              en: 'Whether the State needs help to complete this self-assessment.',
              es: 'Si el Estado necesita ayuda para completar esta autoevaluación.',
              fr: 'Si l’État a besoin d’aide pour mener à bien cette auto-évaluation.',
              ru: 'Нуждается ли государство в помощи для проведения этой самооценки.',
              zh: '本国在完成本自评方面是否需要协助。',
            },
            questions: QUESTIONNAIRE_HELP,
          },
        ],
      },
    ],
  };
}
