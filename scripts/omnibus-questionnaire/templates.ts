// The localized question templates every provision shares. French punctuation takes a
// no-break space (\u00a0) before ? and : as in United Nations French texts.
import type { ColumnOut, QuestionOut } from './output.ts';
import type { L, Obligation, ProvisionSource } from './types.ts';

const COMPLIANCE_TEXT: Readonly<Record<Obligation, L>> = {
  mandatory: {
    ar: 'هل اعتمدت دولتكم التدابير التشريعية وغيرها من التدابير التي تقتضيها هذه المادة؟',
    en: 'Has your State adopted the legislative and other measures required by this article?',
    es: '¿Ha adoptado su Estado las medidas legislativas y de otra índole que exige este artículo?',
    fr: 'Votre État a-t-il adopté les mesures législatives et autres requises par cet article\u00a0?',
    ru: 'Приняло ли ваше государство законодательные и другие меры, которых требует эта статья?',
    zh: '贵国是否已采取本条所要求的立法和其他措施？',
  },
  'shall-consider': {
    ar: 'هل نظرت دولتكم في التدابير التي تدعو هذه المادة الدول الأطراف إلى النظر فيها، وهل اعتمدتها؟',
    en: 'Has your State considered and adopted the measures that this article asks States parties to consider?',
    es: '¿Ha considerado y adoptado su Estado las medidas que este artículo pide a los Estados partes que consideren?',
    fr: 'Votre État a-t-il envisagé et adopté les mesures que cet article demande aux États parties d’envisager\u00a0?',
    ru: 'Рассмотрело ли и приняло ли ваше государство меры, которые эта статья предлагает рассмотреть государствам-участникам?',
    zh: '贵国是否已考虑并采取本条要求缔约国考虑的措施？',
  },
  optional: {
    ar: 'هل اعتمدت دولتكم أيا من التدابير التي تجيز هذه المادة للدول الأطراف اتخاذها؟',
    en: 'Has your State adopted any of the measures that this article allows States parties to take?',
    es: '¿Ha adoptado su Estado alguna de las medidas que este artículo permite adoptar a los Estados partes?',
    fr: 'Votre État a-t-il adopté certaines des mesures que cet article permet aux États parties de prendre\u00a0?',
    ru: 'Приняло ли ваше государство какие-либо из мер, которые эта статья позволяет принимать государствам-участникам?',
    zh: '贵国是否已采取本条允许缔约国采取的任何措施？',
  },
};

const COMPLIANCE_HELP: L = {
  ar: 'يُراعى في الإجابة كل من القانون وتطبيقه في الممارسة العملية.',
  en: 'Consider both the law and how it is applied in practice.',
  es: 'Tenga en cuenta tanto la legislación como su aplicación en la práctica.',
  fr: 'Tenez compte à la fois de la législation et de son application dans la pratique.',
  ru: 'Учитывайте как законодательство, так и практику его применения.',
  zh: '请同时考虑法律及其实际适用情况。',
};

const LEGISLATION: L = {
  ar: 'يرجى ذكر القوانين أو اللوائح أو التدابير الأخرى التي تنفذ هذه المادة (العنوان والمادة، مع رابط أو مقتطف إن أمكن).',
  en: 'Cite the laws, regulations or other measures that implement this article (title, article, and a link or excerpt where available).',
  es: 'Cite las leyes, reglamentos u otras medidas que aplican este artículo (título, artículo y, cuando sea posible, un enlace o un extracto).',
  fr: 'Citez les lois, règlements ou autres mesures qui donnent effet à cet article (titre, article et, si possible, lien ou extrait).',
  ru: 'Укажите законы, подзаконные акты или иные меры, которыми осуществляется эта статья (название, статья и, по возможности, ссылка или выдержка).',
  zh: '请列出执行本条的法律、法规或其他措施（名称、条款，并尽可能提供链接或摘录）。',
};

const PLANNED_STEPS: L = {
  ar: 'ما الخطوات التي تعتزم دولتكم اتخاذها لتنفيذ هذه المادة، وما السلطات المسؤولة عنها؟',
  en: 'What steps does your State plan to take to implement this article, and which authorities are responsible?',
  es: '¿Qué medidas prevé adoptar su Estado para aplicar este artículo y qué autoridades se encargan de ellas?',
  fr: 'Quelles mesures votre État prévoit-il de prendre pour appliquer cet article, et quelles autorités en sont chargées\u00a0?',
  ru: 'Какие шаги ваше государство планирует предпринять для осуществления этой статьи и какие органы за них отвечают?',
  zh: '贵国计划采取哪些步骤执行本条？由哪些主管机关负责？',
};

const EXAMPLES: L = {
  ar: 'يرجى تقديم أمثلة على التنفيذ: القضايا والمؤسسات المعنية والإجراءات المتبعة.',
  en: 'Give examples of implementation: cases, the institutions involved and the procedures followed.',
  es: 'Facilite ejemplos de aplicación: casos, instituciones participantes y procedimientos seguidos.',
  fr: 'Donnez des exemples d’application\u00a0: affaires, institutions concernées et procédures suivies.',
  ru: 'Приведите примеры осуществления: дела, участвующие учреждения и применяемые процедуры.',
  zh: '请举例说明执行情况：案例、参与机构和所遵循的程序。',
};

const STATISTICS: L = {
  ar: 'يرجى تقديم إحصاءات سنوية عن الأفعال المجرَّمة وفقا لهذه المادة.',
  en: 'Provide statistics, by year, on the offences established in accordance with this article.',
  es: 'Facilite estadísticas anuales sobre los delitos tipificados con arreglo a este artículo.',
  fr: 'Fournissez des statistiques annuelles sur les infractions établies conformément à cet article.',
  ru: 'Представьте статистические данные по годам о преступлениях, признанных уголовно наказуемыми в соответствии с этой статьей.',
  zh: '请按年份提供根据本条确立的犯罪的统计数据。',
};

const STATISTICS_HELP: L = {
  ar: 'أضيفوا صفا لكل سنة. واتركوا الخانة فارغة إذا لم يكن الرقم متاحا.',
  en: 'Add one row per year. Leave a cell empty if the figure is not available.',
  es: 'Añada una fila por año. Deje la celda vacía si no dispone de la cifra.',
  fr: 'Ajoutez une ligne par année. Laissez la cellule vide si le chiffre n’est pas disponible.',
  ru: 'Добавьте по одной строке на каждый год. Оставьте ячейку пустой, если данных нет.',
  zh: '每年填写一行。如无相关数字，请将单元格留空。',
};

export const YEAR_COLUMN: ColumnOut = {
  id: 'year',
  type: 'integer',
  min: 1990,
  max: 2100,
  label: { ar: 'السنة', en: 'Year', es: 'Año', fr: 'Année', ru: 'Год', zh: '年份' },
};

const STATISTICS_COLUMNS: readonly ColumnOut[] = [
  YEAR_COLUMN,
  {
    id: 'investigated',
    type: 'integer',
    min: 0,
    label: {
      ar: 'القضايا التي جرى التحقيق فيها',
      en: 'Cases investigated',
      es: 'Casos investigados',
      fr: 'Affaires ayant fait l’objet d’une enquête',
      ru: 'Расследованные дела',
      zh: '调查的案件',
    },
  },
  {
    id: 'prosecutions',
    type: 'integer',
    min: 0,
    label: {
      ar: 'الملاحقات القضائية',
      en: 'Prosecutions',
      es: 'Enjuiciamientos',
      fr: 'Poursuites',
      ru: 'Уголовные преследования',
      zh: '起诉',
    },
  },
  {
    id: 'convictions',
    type: 'integer',
    min: 0,
    label: {
      ar: 'أحكام الإدانة',
      en: 'Convictions',
      es: 'Condenas',
      fr: 'Condamnations',
      ru: 'Обвинительные приговоры',
      zh: '定罪',
    },
  },
];

const CHALLENGES: L = {
  ar: 'ما التحديات التي واجهتها دولتكم في تنفيذ هذه المادة؟',
  en: 'What challenges has your State met in implementing this article?',
  es: '¿Qué dificultades ha encontrado su Estado en la aplicación de este artículo?',
  fr: 'Quelles difficultés votre État a-t-il rencontrées dans l’application de cet article\u00a0?',
  ru: 'С какими трудностями столкнулось ваше государство при осуществлении этой статьи?',
  zh: '贵国在执行本条方面遇到了哪些挑战？',
};

const TECHNICAL_ASSISTANCE: L = {
  ar: 'هل تحتاج دولتكم إلى مساعدة تقنية لتنفيذ هذه المادة؟',
  en: 'Does your State need technical assistance to implement this article?',
  es: '¿Necesita su Estado asistencia técnica para aplicar este artículo?',
  fr: 'Votre État a-t-il besoin d’une assistance technique pour appliquer cet article\u00a0?',
  ru: 'Нуждается ли ваше государство в технической помощи для осуществления этой статьи?',
  zh: '贵国在执行本条方面是否需要技术援助？',
};

// Questions of other instruments asking the same thing (see cross-references.ts).
export interface QuestionLinks {
  readonly compliance: readonly string[];
  readonly examples: readonly string[];
}

const withLinks = (ids: readonly string[]) => (ids.length > 0 ? { crossReferences: ids } : {});

// The questions of one provision, in the order the user meets them.
export function provisionQuestions(
  provisionId: string,
  source: ProvisionSource,
  links: QuestionLinks,
): QuestionOut[] {
  const id = (suffix: string) => `${provisionId}-${suffix}`;
  const answer = `{${id('compliance')}}`;
  const inForce = `${answer} in ['yes', 'partial']`;
  const applicable = `${answer} in ['yes', 'partial', 'no']`;
  const questions: QuestionOut[] = [
    {
      id: id('compliance'),
      type: 'compliance',
      text: COMPLIANCE_TEXT[source.obligation],
      help: COMPLIANCE_HELP,
      required: true,
      ...withLinks(links.compliance),
    },
    {
      id: id('legislation'),
      type: 'citations',
      text: LEGISLATION,
      visibleIf: inForce,
      requiredIf: inForce,
    },
    {
      id: id('planned-steps'),
      type: 'long-text',
      text: PLANNED_STEPS,
      visibleIf: `${answer} = 'no'`,
    },
    {
      id: id('examples'),
      type: 'long-text',
      text: EXAMPLES,
      visibleIf: inForce,
      ...withLinks(links.examples),
    },
  ];
  if (source.offence) {
    questions.push({
      id: id('statistics'),
      type: 'table',
      text: STATISTICS,
      help: STATISTICS_HELP,
      visibleIf: inForce,
      columns: STATISTICS_COLUMNS,
      rows: { kind: 'dynamic' },
    });
  }
  questions.push(
    { id: id('challenges'), type: 'long-text', text: CHALLENGES, visibleIf: applicable },
    {
      id: id('ta'),
      type: 'technical-assistance',
      text: TECHNICAL_ASSISTANCE,
      visibleIf: applicable,
    },
  );
  return questions;
}
