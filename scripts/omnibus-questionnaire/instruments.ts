// Instrument titles: the names the United Nations uses for the Convention and its Protocols in
// each official language version, and the short names used in headings and navigation.
import type { InstrumentId, L } from './types.ts';

export interface InstrumentInfo {
  readonly title: L;
  readonly shortTitle: L;
}

export const INSTRUMENT_ORDER: readonly InstrumentId[] = ['untoc', 'tip', 'som', 'firearms'];

export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentInfo>> = {
  untoc: {
    title: {
      ar: 'اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
      en: 'United Nations Convention against Transnational Organized Crime',
      es: 'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      fr: 'Convention des Nations Unies contre la criminalité transnationale organisée',
      ru: 'Конвенция Организации Объединенных Наций против транснациональной организованной преступности',
      zh: '联合国打击跨国有组织犯罪公约',
    },
    shortTitle: {
      ar: 'اتفاقية الجريمة المنظمة',
      en: 'Organized Crime Convention',
      es: 'Convención contra la Delincuencia Organizada',
      fr: 'Convention contre la criminalité organisée',
      ru: 'Конвенция против организованной преступности',
      zh: '有组织犯罪公约',
    },
  },
  tip: {
    title: {
      ar: 'بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
      en: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
      es: 'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      fr: 'Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
      ru: 'Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      zh: '联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书',
    },
    shortTitle: {
      ar: 'بروتوكول الاتجار بالأشخاص',
      en: 'Trafficking in Persons Protocol',
      es: 'Protocolo contra la trata de personas',
      fr: 'Protocole relatif à la traite des personnes',
      ru: 'Протокол о торговле людьми',
      zh: '人口贩运议定书',
    },
  },
  som: {
    title: {
      ar: 'بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
      en: 'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
      es: 'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      fr: 'Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
      ru: 'Протокол против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      zh: '联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书',
    },
    shortTitle: {
      ar: 'بروتوكول تهريب المهاجرين',
      en: 'Smuggling of Migrants Protocol',
      es: 'Protocolo contra el tráfico ilícito de migrantes',
      fr: 'Protocole relatif au trafic illicite de migrants',
      ru: 'Протокол о незаконном ввозе мигрантов',
      zh: '偷运移民议定书',
    },
  },
  firearms: {
    title: {
      ar: 'بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوّناتها والذخيرة والاتجار بها بصورة غير مشروعة، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
      en: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime',
      es: 'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      fr: 'Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
      ru: 'Протокол против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      zh: '联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书',
    },
    shortTitle: {
      ar: 'بروتوكول الأسلحة النارية',
      en: 'Firearms Protocol',
      es: 'Protocolo sobre armas de fuego',
      fr: 'Protocole relatif aux armes à feu',
      ru: 'Протокол об огнестрельном оружии',
      zh: '枪支议定书',
    },
  },
};

// The questionnaire itself and its two general parts (profile first, technical assistance last).
export const QUESTIONNAIRE_TITLE: L = {
  ar: 'استبيان التقييم الذاتي الشامل لتنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها',
  en: 'Comprehensive self-assessment questionnaire on the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto',
  es: 'Cuestionario amplio de autoevaluación sobre la aplicación de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos',
  fr: 'Questionnaire d’auto-évaluation complet sur l’application de la Convention des Nations Unies contre la criminalité transnationale organisée et des Protocoles s’y rapportant',
  ru: 'Всеобъемлющий вопросник для самооценки хода осуществления Конвенции Организации Объединенных Наций против транснациональной организованной преступности и протоколов к ней',
  zh: '关于《联合国打击跨国有组织犯罪公约》及其各项议定书执行情况的综合自评调查表',
};

export const QUESTIONNAIRE_DESCRIPTION: L = {
  ar: 'تجيب جهة الوصل الوطنية على هذا الاستبيان باسم الدولة. ولا تظهر إلا الصكوك التي تكون الدولة طرفا فيها أو موقّعة عليها. وتساعد الإجابات على تحديد احتياجات المساعدة التقنية.',
  en: 'The national focal point answers this questionnaire on behalf of the State. Only the instruments to which the State is a party or a signatory are shown. The answers help identify technical assistance needs.',
  es: 'El coordinador nacional responde a este cuestionario en nombre del Estado. Solo se muestran los instrumentos en los que el Estado es parte o signatario. Las respuestas ayudan a determinar las necesidades de asistencia técnica.',
  fr: 'Le correspondant national répond à ce questionnaire au nom de l’État. Seuls les instruments auxquels l’État est partie ou signataire sont affichés. Les réponses aident à recenser les besoins d’assistance technique.',
  ru: 'Национальный координатор отвечает на этот вопросник от имени государства. Показываются только те документы, участником или подписавшей стороной которых является государство. Ответы помогают определить потребности в технической помощи.',
  zh: '国家联络点代表本国填写本调查表。仅显示本国为缔约国或签署国的文书。答复有助于确定技术援助需求。',
};

export const GENERAL_INSTRUMENT: InstrumentInfo = {
  title: {
    ar: 'معلومات عامة عن الدولة',
    en: 'General information on the State',
    es: 'Información general sobre el Estado',
    fr: 'Informations générales sur l’État',
    ru: 'Общие сведения о государстве',
    zh: '关于本国的一般信息',
  },
  shortTitle: {
    ar: 'معلومات عامة',
    en: 'General information',
    es: 'Información general',
    fr: 'Informations générales',
    ru: 'Общие сведения',
    zh: '一般信息',
  },
};

export const CLOSING_INSTRUMENT: InstrumentInfo = {
  title: {
    ar: 'احتياجات المساعدة التقنية وأولوياتها',
    en: 'Technical assistance needs and priorities',
    es: 'Necesidades y prioridades de asistencia técnica',
    fr: 'Besoins et priorités en matière d’assistance technique',
    ru: 'Потребности и приоритеты в области технической помощи',
    zh: '技术援助需求和优先事项',
  },
  shortTitle: {
    ar: 'المساعدة التقنية',
    en: 'Technical assistance',
    es: 'Asistencia técnica',
    fr: 'Assistance technique',
    ru: 'Техническая помощь',
    zh: '技术援助',
  },
};
