// The profile chapter: the State, its focal point, the contributing agencies and the State's
// status under each instrument, which turns that instrument's part of the questionnaire on.
import { GENERAL_INSTRUMENT } from './instruments.ts';
import type { InstrumentOut, OptionOut, QuestionOut } from './output.ts';
import type { InstrumentId, L } from './types.ts';

export const statusQuestionId = (instrument: InstrumentId) => `profile-status-${instrument}`;

// An instrument's questions are shown when the State is a party or a signatory.
export const instrumentVisibleIf = (instrument: InstrumentId) =>
  `{${statusQuestionId(instrument)}} in ['party', 'signatory']`;

const STATUS_OPTIONS: readonly OptionOut[] = [
  {
    id: 'party',
    label: {
      ar: 'دولة طرف (بالتصديق أو القبول أو الإقرار أو الانضمام)',
      en: 'Party (ratification, acceptance, approval or accession)',
      es: 'Parte (ratificación, aceptación, aprobación o adhesión)',
      fr: 'Partie (ratification, acceptation, approbation ou adhésion)',
      ru: 'Участник (ратификация, принятие, утверждение или присоединение)',
      zh: '缔约国（批准、接受、核准或加入）',
    },
  },
  {
    id: 'signatory',
    label: {
      ar: 'دولة موقِّعة (وقّعت ولم تصدّق بعد)',
      en: 'Signatory (signed, not yet ratified)',
      es: 'Signatario (firmado, aún no ratificado)',
      fr: 'Signataire (signé, pas encore ratifié)',
      ru: 'Подписавшее государство (подписано, но еще не ратифицировано)',
      zh: '签署国（已签署，尚未批准）',
    },
  },
  {
    id: 'neither',
    label: {
      ar: 'ليست دولة موقِّعة ولا دولة طرفا',
      en: 'Neither a signatory nor a party',
      es: 'Ni signatario ni parte',
      fr: 'Ni signataire ni partie',
      ru: 'Не подписало и не является участником',
      zh: '既非签署国也非缔约国',
    },
  },
];

const STATUS_TEXT: Readonly<Record<InstrumentId, L>> = {
  untoc: {
    ar: 'ما وضع دولتكم إزاء اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية؟',
    en: 'What is the status of your State with regard to the United Nations Convention against Transnational Organized Crime?',
    es: '¿Cuál es la situación de su Estado respecto de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional?',
    fr: 'Quelle est la situation de votre État au regard de la Convention des Nations Unies contre la criminalité transnationale organisée\u00a0?',
    ru: 'Каков статус вашего государства в отношении Конвенции Организации Объединенных Наций против транснациональной организованной преступности?',
    zh: '贵国对《联合国打击跨国有组织犯罪公约》的参加情况如何？',
  },
  tip: {
    ar: 'ما وضع دولتكم إزاء بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال؟',
    en: 'What is the status of your State with regard to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children?',
    es: '¿Cuál es la situación de su Estado respecto del Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños?',
    fr: 'Quelle est la situation de votre État au regard du Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants\u00a0?',
    ru: 'Каков статус вашего государства в отношении Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее?',
    zh: '贵国对《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》的参加情况如何？',
  },
  som: {
    ar: 'ما وضع دولتكم إزاء بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو؟',
    en: 'What is the status of your State with regard to the Protocol against the Smuggling of Migrants by Land, Sea and Air?',
    es: '¿Cuál es la situación de su Estado respecto del Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire?',
    fr: 'Quelle est la situation de votre État au regard du Protocole contre le trafic illicite de migrants par terre, air et mer\u00a0?',
    ru: 'Каков статус вашего государства в отношении Протокола против незаконного ввоза мигрантов по суше, морю и воздуху?',
    zh: '贵国对《关于打击陆、海、空偷运移民的补充议定书》的参加情况如何？',
  },
  firearms: {
    ar: 'ما وضع دولتكم إزاء بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوّناتها والذخيرة والاتجار بها بصورة غير مشروعة؟',
    en: 'What is the status of your State with regard to the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition?',
    es: '¿Cuál es la situación de su Estado respecto del Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones?',
    fr: 'Quelle est la situation de votre État au regard du Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions\u00a0?',
    ru: 'Каков статус вашего государства в отношении Протокола против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему?',
    zh: '贵国对《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》的参加情况如何？',
  },
};

const STATUS_HELP: L = {
  ar: 'لا تظهر الأسئلة المتعلقة بهذا الصك إلا إذا كانت دولتكم طرفا فيه أو موقِّعة عليه.',
  en: 'Questions on this instrument are shown only if your State is a party or a signatory.',
  es: 'Las preguntas sobre este instrumento solo se muestran si su Estado es parte o signatario.',
  fr: 'Les questions relatives à cet instrument ne s’affichent que si votre État est partie ou signataire.',
  ru: 'Вопросы по этому документу показываются, только если ваше государство является его участником или подписало его.',
  zh: '只有在贵国为缔约国或签署国时，才会显示关于本文书的问题。',
};

const statusQuestion = (instrument: InstrumentId): QuestionOut => ({
  id: statusQuestionId(instrument),
  type: 'single-choice',
  text: STATUS_TEXT[instrument],
  help: STATUS_HELP,
  required: true,
  options: STATUS_OPTIONS,
});

const FOCAL_POINT: readonly QuestionOut[] = [
  {
    id: 'profile-state',
    type: 'country',
    required: true,
    text: {
      ar: 'ما الدولة التي يتعلق بها هذا التقييم الذاتي؟',
      en: 'Which State does this self-assessment concern?',
      es: '¿A qué Estado se refiere esta autoevaluación?',
      fr: 'Quel État cette auto-évaluation concerne-t-elle\u00a0?',
      ru: 'К какому государству относится эта самооценка?',
      zh: '本自评涉及哪个国家？',
    },
  },
  {
    id: 'profile-focal-point-name',
    type: 'short-text',
    required: true,
    maxLength: 200,
    text: {
      ar: 'اسم جهة الوصل الوطنية',
      en: 'Name of the national focal point',
      es: 'Nombre del coordinador nacional',
      fr: 'Nom du correspondant national',
      ru: 'Фамилия и имя национального координатора',
      zh: '国家联络点姓名',
    },
  },
  {
    id: 'profile-focal-point-institution',
    type: 'short-text',
    required: true,
    maxLength: 300,
    text: {
      ar: 'المؤسسة التي تنتمي إليها جهة الوصل الوطنية',
      en: 'Institution of the national focal point',
      es: 'Institución del coordinador nacional',
      fr: 'Institution du correspondant national',
      ru: 'Учреждение национального координатора',
      zh: '国家联络点所属机构',
    },
  },
  {
    id: 'profile-focal-point-email',
    type: 'short-text',
    required: true,
    maxLength: 254,
    pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
    text: {
      ar: 'عنوان البريد الإلكتروني',
      en: 'E-mail address',
      es: 'Dirección de correo electrónico',
      fr: 'Adresse électronique',
      ru: 'Адрес электронной почты',
      zh: '电子邮件地址',
    },
    help: {
      ar: 'قد تراسل الأمانة هذا العنوان للاستفسار عن الإجابات.',
      en: 'The secretariat may write to this address with questions about the answers.',
      es: 'La secretaría podrá escribir a esta dirección para hacer consultas sobre las respuestas.',
      fr: 'Le secrétariat pourra écrire à cette adresse pour toute question sur les réponses.',
      ru: 'Секретариат может направлять на этот адрес вопросы по ответам.',
      zh: '秘书处可能通过此地址就答复提出问题。',
    },
  },
  {
    id: 'profile-focal-point-phone',
    type: 'short-text',
    maxLength: 30,
    pattern: '^\\+?[0-9][0-9 ().-]{5,28}$',
    text: {
      ar: 'رقم الهاتف',
      en: 'Telephone number',
      es: 'Número de teléfono',
      fr: 'Numéro de téléphone',
      ru: 'Номер телефона',
      zh: '电话号码',
    },
    help: {
      ar: 'يرجى إدراج رمز الاتصال الدولي.',
      en: 'Include the international dialling code.',
      es: 'Incluya el prefijo internacional.',
      fr: 'Indiquez l’indicatif international.',
      ru: 'Укажите международный телефонный код.',
      zh: '请包括国际电话区号。',
    },
  },
];

const AGENCIES: QuestionOut = {
  id: 'profile-agencies',
  type: 'table',
  text: {
    ar: 'ما الأجهزة التي أسهمت في الإجابات، وما دور كل منها؟',
    en: 'Which agencies contributed to the answers, and what was their role?',
    es: '¿Qué organismos contribuyeron a las respuestas y cuál fue su función?',
    fr: 'Quels organismes ont contribué aux réponses, et quel a été leur rôle\u00a0?',
    ru: 'Какие ведомства участвовали в подготовке ответов и какова была их роль?',
    zh: '哪些机构参与了答复工作？各自发挥了什么作用？',
  },
  help: {
    ar: 'أضيفوا صفا لكل جهاز، مثل وزارة العدل أو وزارة الداخلية أو النيابة العامة أو الشرطة.',
    en: 'Add one row per agency, for example the ministries of justice or the interior, the prosecution service or the police.',
    es: 'Añada una fila por organismo, por ejemplo, los ministerios de justicia o del interior, la fiscalía o la policía.',
    fr: 'Ajoutez une ligne par organisme, par exemple les ministères de la justice ou de l’intérieur, le parquet ou la police.',
    ru: 'Добавьте по одной строке на каждое ведомство, например министерства юстиции или внутренних дел, прокуратуру или полицию.',
    zh: '每个机构填写一行，例如司法部、内政部、检察机关或警方。',
  },
  columns: [
    {
      id: 'agency',
      type: 'text',
      label: {
        ar: 'الجهاز',
        en: 'Agency',
        es: 'Organismo',
        fr: 'Organisme',
        ru: 'Ведомство',
        zh: '机构',
      },
    },
    {
      id: 'role',
      type: 'text',
      label: { ar: 'الدور', en: 'Role', es: 'Función', fr: 'Rôle', ru: 'Роль', zh: '作用' },
    },
  ],
  rows: { kind: 'dynamic' },
};

export function profileInstrument(instruments: readonly InstrumentId[]): InstrumentOut {
  return {
    id: 'general',
    kind: 'general',
    ...GENERAL_INSTRUMENT,
    chapters: [
      {
        id: 'general-profile',
        title: {
          ar: 'بيانات الدولة',
          en: 'Profile of the State',
          es: 'Perfil del Estado',
          fr: 'Profil de l’État',
          ru: 'Сведения о государстве',
          zh: '国家概况',
        },
        provisions: [
          {
            id: 'general-focal-point',
            instrument: 'general',
            title: {
              ar: 'الدولة وجهة الوصل الوطنية',
              en: 'State and national focal point',
              es: 'Estado y coordinador nacional',
              fr: 'État et correspondant national',
              ru: 'Государство и национальный координатор',
              zh: '国家和国家联络点',
            },
            summary: {
              ar: 'تحديد الدولة وجهة الوصل الوطنية التي يمكن للأمانة الاتصال بها بشأن الإجابات.',
              en: 'Identifies the State and the national focal point whom the secretariat may contact about the answers.',
              es: 'Identifica al Estado y al coordinador nacional con quien la secretaría puede ponerse en contacto acerca de las respuestas.',
              fr: 'Indique l’État et le correspondant national que le secrétariat peut contacter au sujet des réponses.',
              ru: 'Указываются государство и национальный координатор, к которому секретариат может обращаться по поводу ответов.',
              zh: '注明国家以及秘书处可就答复事宜联系的国家联络点。',
            },
            questions: FOCAL_POINT,
          },
          {
            id: 'general-agencies',
            instrument: 'general',
            title: {
              ar: 'الأجهزة المساهمة',
              en: 'Contributing agencies',
              es: 'Organismos participantes',
              fr: 'Organismes ayant contribué',
              ru: 'Участвующие ведомства',
              zh: '参与机构',
            },
            summary: {
              ar: 'قائمة بالأجهزة الوطنية التي أسهمت في التقييم الذاتي ودور كل منها.',
              en: 'Lists the national agencies that contributed to the self-assessment and their roles.',
              es: 'Enumera los organismos nacionales que contribuyeron a la autoevaluación y sus funciones.',
              fr: 'Énumère les organismes nationaux ayant contribué à l’auto-évaluation et leur rôle.',
              ru: 'Перечисляются национальные ведомства, участвовавшие в самооценке, и их роль.',
              zh: '列出参与自评的国家机构及其作用。',
            },
            questions: [AGENCIES],
          },
          {
            id: 'general-status',
            instrument: 'general',
            title: {
              ar: 'وضع الدولة إزاء الاتفاقية والبروتوكولات الملحقة بها',
              en: 'Status with regard to the Convention and its Protocols',
              es: 'Situación respecto de la Convención y sus Protocolos',
              fr: 'Situation au regard de la Convention et de ses Protocoles',
              ru: 'Статус в отношении Конвенции и протоколов к ней',
              zh: '对公约及其议定书的参加情况',
            },
            summary: {
              ar: 'تسجيل ما إذا كانت الدولة طرفا في كل صك أو موقِّعة عليه؛ ولا تظهر الأسئلة المتعلقة بصك ما إلا للدول الأطراف فيه والدول الموقِّعة عليه.',
              en: 'Records whether the State is a party to or a signatory of each instrument; the questions on an instrument appear only for its parties and signatories.',
              es: 'Indica si el Estado es parte o signatario de cada instrumento; las preguntas sobre un instrumento solo aparecen para sus partes y signatarios.',
              fr: 'Indique si l’État est partie ou signataire de chaque instrument ; les questions relatives à un instrument ne s’affichent que pour ses parties et signataires.',
              ru: 'Указывается, является ли государство участником каждого документа или подписало его; вопросы по документу показываются только его участникам и подписавшим его государствам.',
              zh: '记录本国是否为各项文书的缔约国或签署国；只有缔约国和签署国才会看到关于相关文书的问题。',
            },
            questions: instruments.map(statusQuestion),
          },
        ],
      },
    ],
  };
}
