// Trafficking in Persons Protocol, articles 5 to 13: titles as in each official language version.
import type { L, ProvisionSource } from './types.ts';

// Articles 11 and 12 and the title of article 13 are worded identically in the
// Smuggling of Migrants Protocol, which reuses these texts.
export const BORDER_MEASURES_TITLE: L = {
  ar: 'التدابير الحدودية',
  en: 'Border measures',
  es: 'Medidas fronterizas',
  fr: 'Mesures aux frontières',
  ru: 'Меры на границах',
  zh: '边界措施',
};

const DOCUMENT_SECURITY_TITLE: L = {
  ar: 'أمن الوثائق ومراقبتها',
  en: 'Security and control of documents',
  es: 'Seguridad y control de los documentos',
  fr: 'Sécurité et contrôle des documents',
  ru: 'Надежность и контроль в отношении документов',
  zh: '证件的安全和管制',
};

const DOCUMENT_SECURITY_SUMMARY: L = {
  ar: 'يجب على كل دولة طرف أن تتخذ، في حدود الإمكانيات المتاحة، ما يلزم من تدابير لضمان أن تكون وثائق السفر أو الهوية التي تصدرها ذات نوعية يصعب معها إساءة استعمالها أو تزويرها أو تحويرها أو تقليدها أو إصدارها بصورة غير مشروعة. ويجب عليها أيضًا أن تكفل سلامة وأمن الوثائق الصادرة عنها أو باسمها، وأن تمنع إعدادها وإصدارها واستعمالها بصورة غير مشروعة.',
  en: 'Each State Party must take measures, within available means, to ensure that the travel or identity documents it issues are of such quality that they cannot easily be misused, falsified, unlawfully altered, replicated or issued. It must also ensure the integrity and security of documents issued by or on its behalf and prevent their unlawful creation, issuance and use.',
  es: 'Cada Estado parte debe adoptar, dentro de sus posibilidades, las medidas necesarias para garantizar que los documentos de viaje o de identidad que expida sean de una calidad que impida su utilización indebida, falsificación, alteración, reproducción o expedición ilícitas. También debe garantizar la integridad y seguridad de los documentos expedidos por él o en su nombre e impedir su creación, expedición y utilización ilícitas.',
  fr: "Chaque État partie doit prendre, dans la limite des moyens disponibles, les mesures nécessaires pour que les documents de voyage ou d'identité qu'il délivre soient d'une qualité telle qu'on ne puisse facilement en faire un usage impropre, les falsifier, les modifier, les reproduire ou les délivrer de façon illicite. Il doit aussi assurer l'intégrité et la sécurité des documents délivrés par lui ou en son nom et empêcher qu'ils soient créés, délivrés et utilisés illicitement.",
  ru: 'Каждое Государство-участник должно принимать, в пределах имеющихся возможностей, меры, необходимые для обеспечения того, чтобы выдаваемые им документы на въезд/выезд или удостоверения личности были такого качества, которое затрудняет их ненадлежащее использование, подделку, незаконное изменение, воспроизводство или выдачу. Оно также должно обеспечивать надежность и защищенность документов, выдаваемых им или от его имени, и предотвращать их незаконное изготовление, выдачу и использование.',
  zh: '各缔约国均应在现有资源范围内采取必要措施，确保其签发的旅行或身份证件质量可靠，不易被滥用、伪造、非法变造、复制或签发。各缔约国还应确保由其或以其名义签发的证件的完整性和安全性，并防止非法制作、签发和使用此类证件。',
};

// Article 12 reads the same in both Protocols.
export function documentSecurityProvision(instrument: 'tip' | 'som'): ProvisionSource {
  return {
    instrument,
    article: '12',
    title: DOCUMENT_SECURITY_TITLE,
    obligation: 'mandatory',
    themes: ['document-security', 'prevention'],
    summary: DOCUMENT_SECURITY_SUMMARY,
    offence: false,
    crossReference: 'document-security',
  };
}

export const DOCUMENT_VALIDITY_TITLE: L = {
  ar: 'شرعية الوثائق وصلاحيتها',
  en: 'Legitimacy and validity of documents',
  es: 'Legitimidad y validez de los documentos',
  fr: 'Légitimité et validité des documents',
  ru: 'Законность и действительность документов',
  zh: '证件的合法性和有效性',
};

export const CRIMINALIZATION_TITLE: L = {
  ar: 'التجريم',
  en: 'Criminalization',
  es: 'Penalización',
  fr: 'Incrimination',
  ru: 'Криминализация',
  zh: '刑事定罪',
};

export const tipProvisions: readonly ProvisionSource[] = [
  {
    instrument: 'tip',
    article: '5',
    title: CRIMINALIZATION_TITLE,
    obligation: 'mandatory',
    themes: ['criminalization'],
    summary: {
      ar: 'يجب على كل دولة طرف أن تجرّم الأفعال التي تشكّل اتجارًا بالأشخاص على النحو المعرّف في المادة 3 من البروتوكول، حين تُرتكب عمدًا. ويجب عليها أيضًا، رهنًا بالمفاهيم الأساسية لنظامها القانوني، أن تجرّم الشروع في ارتكاب هذا الجرم، والمساهمة فيه كطرف متواطئ، وتنظيم أو توجيه أشخاص آخرين لارتكابه.',
      en: 'Each State Party must establish as criminal offences, when committed intentionally, the conduct defined as trafficking in persons in article 3 of the Protocol. Subject to the basic concepts of its legal system, it must also criminalize attempting to commit the offence, participating in it as an accomplice and organizing or directing other persons to commit it.',
      es: 'Cada Estado parte debe tipificar como delito, cuando se cometan intencionalmente, las conductas que constituyen trata de personas según el artículo 3 del Protocolo. Con sujeción a los conceptos básicos de su ordenamiento jurídico, también debe tipificar como delito la tentativa de cometer ese delito, la participación como cómplice en él y la organización o dirección de otras personas para su comisión.',
      fr: "Chaque État partie doit conférer le caractère d'infraction pénale, lorsque les actes ont été commis intentionnellement, aux actes constitutifs de la traite des personnes définis à l'article 3 du Protocole. Sous réserve des concepts fondamentaux de son système juridique, il doit également incriminer la tentative de commettre cette infraction, la participation à celle-ci en tant que complice et le fait d'organiser la commission de l'infraction ou de donner des instructions à d'autres personnes pour qu'elles la commettent.",
      ru: 'Каждое Государство-участник должно признать уголовно наказуемыми умышленные деяния, составляющие торговлю людьми согласно определению в статье 3 Протокола. При условии соблюдения основных принципов своей правовой системы оно также должно криминализировать покушение на совершение такого преступления, участие в нем в качестве сообщника, а также организацию других лиц или руководство ими с целью его совершения.',
      zh: '各缔约国均应将本议定书第3条所界定的人口贩运行为在故意实施时规定为刑事犯罪。各缔约国还应在符合本国法律制度基本概念的情况下，将实施该犯罪未遂、作为共犯参与该犯罪以及组织或指挥他人实施该犯罪规定为刑事犯罪。',
    },
    offence: true,
  },
  {
    instrument: 'tip',
    article: '6',
    title: {
      ar: 'مساعدة ضحايا الاتجار بالأشخاص وحمايتهم',
      en: 'Assistance to and protection of victims of trafficking in persons',
      es: 'Asistencia y protección a las víctimas de la trata de personas',
      fr: 'Assistance et protection accordées aux victimes de la traite des personnes',
      ru: 'Помощь жертвам торговли людьми и их защита',
      zh: '对人口贩运活动被害人的帮助和保护',
    },
    obligation: 'mandatory',
    themes: ['protection-of-victims-and-witnesses'],
    summary: {
      ar: 'يجب على كل دولة طرف، في الحالات المناسبة، أن تصون الحرمة الشخصية لضحايا الاتجار بالأشخاص وهويتهم، وأن تزوّدهم بمعلومات عن الإجراءات القضائية والإدارية، وأن تساعدهم على عرض آرائهم في الإجراءات الجنائية، وأن تسعى إلى توفير السلامة البدنية لهم. ويجب عليها أن تنظر في تنفيذ تدابير تتيح التعافي الجسدي والنفساني والاجتماعي للضحايا (السكن والمشورة والمساعدة الطبية والمادية وفرص العمل والتدريب)، وأن تكفل أن يتيح نظامها القانوني للضحايا إمكانية الحصول على تعويض عن الأضرار التي لحقت بهم.',
      en: 'Each State Party must, in appropriate cases, protect the privacy and identity of victims of trafficking in persons, give them information on court and administrative proceedings, help them present their views in criminal proceedings and endeavour to provide for their physical safety. It must consider measures for their physical, psychological and social recovery (housing, counselling, medical and material assistance, employment and training) and ensure that its legal system offers victims the possibility of obtaining compensation for damage suffered.',
      es: 'Cada Estado parte debe, cuando proceda, proteger la privacidad y la identidad de las víctimas de la trata de personas, facilitarles información sobre los procedimientos judiciales y administrativos, ayudarlas a presentar sus opiniones en el proceso penal y esforzarse por garantizar su seguridad física. Debe considerar medidas para su recuperación física, psicológica y social (alojamiento, asesoramiento, asistencia médica y material, empleo y formación) y velar por que su ordenamiento jurídico prevea la posibilidad de que las víctimas obtengan indemnización por los daños sufridos.',
      fr: "Chaque État partie doit, lorsqu'il y a lieu, protéger la vie privée et l'identité des victimes de la traite des personnes, leur fournir des informations sur les procédures judiciaires et administratives, les aider à faire valoir leurs avis dans la procédure pénale et s'efforcer d'assurer leur sécurité physique. Il doit envisager des mesures en vue de leur rétablissement physique, psychologique et social (logement, conseils, assistance médicale et matérielle, emploi et formation) et veiller à ce que son système juridique offre aux victimes la possibilité d'obtenir réparation du préjudice subi.",
      ru: 'Каждое Государство-участник должно в надлежащих случаях обеспечивать защиту личной жизни и личности жертв торговли людьми, предоставлять им информацию о судебном и административном разбирательстве, помогать им излагать свои мнения в ходе уголовного производства и стремиться обеспечивать их физическую безопасность. Оно должно рассмотреть меры по физическому, психологическому и социальному восстановлению жертв (жилье, консультации, медицинская и материальная помощь, работа и обучение) и обеспечить, чтобы его правовая система предусматривала для жертв возможность получения компенсации за причиненный ущерб.',
      zh: '各缔约国均应在适当情况下保护人口贩运活动被害人的隐私和身份，向其提供有关法院程序和行政程序的信息，帮助其在刑事诉讼中表达意见，并努力保障其人身安全。各缔约国均应考虑采取措施，为被害人的身心康复和重返社会提供条件（住房、咨询、医疗和物质帮助、就业和培训），并确保本国法律制度使被害人有可能就所受损害获得赔偿。',
    },
    offence: false,
  },
  {
    instrument: 'tip',
    article: '7',
    title: {
      ar: 'وضع ضحايا الاتجار بالأشخاص في الدول المستقبِلة',
      en: 'Status of victims of trafficking in persons in receiving States',
      es: 'Régimen aplicable a las víctimas de la trata de personas en el Estado receptor',
      fr: "Statut des victimes de la traite des personnes dans les États d'accueil",
      ru: 'Статус жертв торговли людьми в принимающих государствах',
      zh: '人口贩运活动被害人在接收国的地位',
    },
    obligation: 'shall-consider',
    themes: ['protection-of-victims-and-witnesses'],
    summary: {
      ar: 'يجب على كل دولة طرف أن تنظر في اعتماد تدابير تشريعية أو تدابير أخرى مناسبة تسمح لضحايا الاتجار بالأشخاص، في الحالات المناسبة، بالبقاء في إقليمها بصفة مؤقتة أو دائمة. وعليها في ذلك أن تولي الاعتبار الواجب للعوامل الإنسانية والوجدانية.',
      en: 'Each State Party must consider adopting legislative or other appropriate measures that permit victims of trafficking in persons to remain in its territory, temporarily or permanently, in appropriate cases. In doing so it must give appropriate consideration to humanitarian and compassionate factors.',
      es: 'Cada Estado parte debe considerar la posibilidad de adoptar medidas legislativas u otras medidas apropiadas que permitan a las víctimas de la trata de personas permanecer en su territorio, temporal o permanentemente, cuando proceda. Al hacerlo, debe dar la debida consideración a factores humanitarios y personales.',
      fr: "Chaque État partie doit envisager d'adopter des mesures législatives ou d'autres mesures appropriées permettant aux victimes de la traite des personnes de rester sur son territoire, à titre temporaire ou permanent, lorsqu'il y a lieu. Ce faisant, il tient dûment compte des facteurs humanitaires et personnels.",
      ru: 'Каждое Государство-участник должно рассмотреть возможность принятия законодательных или других надлежащих мер, позволяющих жертвам торговли людьми оставаться, в надлежащих случаях, на его территории на временной или постоянной основе. При этом оно должным образом учитывает гуманитарные соображения и проявляет сострадание.',
      zh: '各缔约国均应考虑采取立法或其他适当措施，允许人口贩运活动被害人在适当情况下暂时或永久留在其领土内。在这样做时，各缔约国均应适当考虑人道主义和照顾性因素。',
    },
    offence: false,
  },
  {
    instrument: 'tip',
    article: '8',
    title: {
      ar: 'إعادة ضحايا الاتجار بالأشخاص إلى أوطانهم',
      en: 'Repatriation of victims of trafficking in persons',
      es: 'Repatriación de las víctimas de la trata de personas',
      fr: 'Rapatriement des victimes de la traite des personnes',
      ru: 'Репатриация жертв торговли людьми',
      zh: '人口贩运活动被害人的遣返',
    },
    obligation: 'mandatory',
    themes: ['protection-of-victims-and-witnesses'],
    summary: {
      ar: 'يجب على الدولة الطرف التي يكون ضحية الاتجار بالأشخاص من رعاياها، أو التي كان له حق الإقامة الدائمة فيها، أن تيسّر عودته وتقبلها دون إبطاء لا مسوّغ له أو غير معقول، مع إيلاء الاعتبار الواجب لسلامته، وأن تتحقق عند الطلب من جنسيته أو إقامته وتصدر وثائق السفر اللازمة. ويجب على الدولة الطرف المستقبِلة أن تكفل أن تتم الإعادة مع إيلاء الاعتبار الواجب لسلامة الضحية ولحالة أي إجراءات قانونية، ويُفضَّل أن تكون طوعية.',
      en: "The State Party of which a victim is a national, or in which the victim had the right of permanent residence, must facilitate and accept the victim's return without undue or unreasonable delay, with due regard for the victim's safety, and must verify nationality or residence and issue the necessary travel documents on request. The receiving State Party must ensure that any return takes due account of the victim's safety and of the status of any legal proceedings, and is preferably voluntary.",
      es: 'El Estado parte del que sea nacional la víctima o en el que tuviera derecho de residencia permanente debe facilitar y aceptar su repatriación sin demora indebida o injustificada, teniendo debidamente en cuenta su seguridad, y debe, previa solicitud, verificar su nacionalidad o residencia y expedir los documentos de viaje necesarios. El Estado parte receptor debe velar por que la repatriación se realice teniendo debidamente en cuenta la seguridad de la víctima y el estado de cualquier procedimiento judicial, y preferentemente de forma voluntaria.',
      fr: "L'État partie dont la victime est ressortissante ou dans lequel elle avait le droit de résider à titre permanent doit faciliter et accepter son retour sans retard injustifié ou déraisonnable, en tenant dûment compte de sa sécurité, et doit, sur demande, vérifier sa nationalité ou sa résidence et délivrer les documents de voyage nécessaires. L'État partie d'accueil doit veiller à ce que le retour se fasse en tenant dûment compte de la sécurité de la victime et de l'état de toute procédure judiciaire, et de préférence de manière volontaire.",
      ru: 'Государство-участник, гражданином которого является жертва торговли людьми или в котором она имела право на постоянное проживание, должно содействовать ее возвращению и принимать ее без необоснованных или неоправданных задержек, должным образом учитывая ее безопасность, а также по запросу проверять ее гражданство или право на проживание и выдавать необходимые проездные документы. Принимающее Государство-участник должно обеспечивать, чтобы возвращение осуществлялось с должным учетом безопасности жертвы и хода любого судебного разбирательства и предпочтительно было добровольным.',
      zh: '人口贩运活动被害人为其国民或在入境时拥有永久居留权的缔约国，应在适当顾及被害人安全的情况下便利和接受其返还，不得有不适当或不合理的迟延，并应根据请求核查其国籍或居留权，签发必要的旅行证件。接收缔约国应确保遣返时适当顾及被害人的安全和任何相关法律程序的状况，并最好出于自愿。',
    },
    offence: false,
  },
  {
    instrument: 'tip',
    article: '9',
    title: {
      ar: 'منع الاتجار بالأشخاص',
      en: 'Prevention of trafficking in persons',
      es: 'Prevención de la trata de personas',
      fr: 'Prévention de la traite des personnes',
      ru: 'Предупреждение торговли людьми',
      zh: '预防人口贩运',
    },
    obligation: 'mandatory',
    themes: ['prevention'],
    summary: {
      ar: 'يجب على كل دولة طرف أن تضع سياسات وبرامج وتدابير أخرى شاملة لمنع الاتجار بالأشخاص ومكافحته ولحماية الضحايا من معاودة إيذائهم، بما في ذلك البحوث وحملات الإعلام والحملات عبر وسائط الإعلام والمبادرات الاجتماعية والاقتصادية، بالتعاون مع المنظمات غير الحكومية حسب الاقتضاء. ويجب عليها أن تتخذ تدابير لتخفيف وطأة العوامل التي تجعل الأشخاص، وبخاصة النساء والأطفال، مستضعفين أمام الاتجار، مثل الفقر والتخلف وانعدام تكافؤ الفرص، ولتثبيط الطلب الذي يحفز الاستغلال.',
      en: 'Each State Party must establish comprehensive policies, programmes and other measures to prevent and combat trafficking in persons and to protect victims from revictimization, including research, information and mass media campaigns and social and economic initiatives, where appropriate in cooperation with non-governmental organizations. It must take measures to alleviate factors such as poverty, underdevelopment and lack of equal opportunity that make persons, especially women and children, vulnerable to trafficking, and to discourage the demand that fosters exploitation.',
      es: 'Cada Estado parte debe establecer políticas, programas y otras medidas de carácter amplio para prevenir y combatir la trata de personas y proteger a las víctimas contra un nuevo riesgo de victimización, incluidas actividades de investigación, campañas de información y difusión en los medios de comunicación e iniciativas sociales y económicas, cuando proceda en cooperación con organizaciones no gubernamentales. Debe adoptar medidas para mitigar factores como la pobreza, el subdesarrollo y la falta de oportunidades equitativas que hacen a las personas, especialmente las mujeres y los niños, vulnerables a la trata, y para desalentar la demanda que propicia la explotación.',
      fr: "Chaque État partie doit établir des politiques, programmes et autres mesures d'ensemble pour prévenir et combattre la traite des personnes et protéger les victimes contre une nouvelle victimisation, notamment des recherches, des campagnes d'information et de communication et des initiatives sociales et économiques, le cas échéant en coopération avec les organisations non gouvernementales. Il doit prendre des mesures pour remédier aux facteurs, comme la pauvreté, le sous-développement et l'inégalité des chances, qui rendent les personnes, en particulier les femmes et les enfants, vulnérables à la traite, et pour décourager la demande qui favorise l'exploitation.",
      ru: 'Каждое Государство-участник должно разработать всеобъемлющую политику, программы и другие меры для предупреждения торговли людьми и борьбы с ней, а также для защиты жертв от повторной виктимизации, включая исследования, информационные кампании и кампании в средствах массовой информации и социально-экономические инициативы, в надлежащих случаях в сотрудничестве с неправительственными организациями. Оно должно принимать меры по смягчению воздействия таких факторов, как нищета, слаборазвитость и отсутствие равных возможностей, которые делают людей, особенно женщин и детей, уязвимыми для торговли людьми, и по противодействию спросу, способствующему эксплуатации.',
      zh: '各缔约国均应制定全面的政策、方案和其他措施，以预防和打击人口贩运，并保护被害人免遭再次伤害，包括开展研究、宣传和大众媒体运动以及社会和经济举措，并酌情与非政府组织合作。各缔约国均应采取措施，减轻使人特别是妇女和儿童易遭贩运的贫困、不发达和缺乏平等机会等因素，并抑制助长剥削的需求。',
    },
    offence: false,
  },
  {
    instrument: 'tip',
    article: '10',
    title: {
      ar: 'تبادل المعلومات والتدريب',
      en: 'Information exchange and training',
      es: 'Intercambio de información y capacitación',
      fr: "Échange d'informations et formation",
      ru: 'Обмен информацией и подготовка кадров',
      zh: '信息交流和培训',
    },
    obligation: 'mandatory',
    themes: [
      'information-exchange',
      'law-enforcement-cooperation',
      'training-and-technical-assistance',
    ],
    summary: {
      ar: 'يجب على سلطات إنفاذ القانون والهجرة وسائر السلطات المعنية في الدول الأطراف أن تتعاون بتبادل المعلومات، وفقًا لقوانينها الداخلية، لتحديد ما إذا كان الأشخاص الذين يعبرون الحدود بوثائق سفر تخص غيرهم أو بدون وثائق من مرتكبي الاتجار بالأشخاص أو من ضحاياه، وبشأن وثائق السفر المستخدمة والوسائل والأساليب التي تستخدمها الجماعات الإجرامية المنظمة. ويجب على كل دولة طرف أن توفّر أو تعزّز تدريب هؤلاء الموظفين على منع الاتجار بالأشخاص وملاحقة المتجرين قضائيًا وحماية حقوق الضحايا.',
      en: "Law enforcement, immigration and other relevant authorities of States Parties must cooperate by exchanging information, in accordance with domestic law, to determine whether persons crossing a border with other persons' travel documents or without documents are perpetrators or victims of trafficking, and on the travel documents used and the means and methods of organized criminal groups. Each State Party must provide or strengthen training for these officials in preventing trafficking, prosecuting traffickers and protecting the rights of victims.",
      es: 'Las autoridades encargadas de hacer cumplir la ley, de inmigración u otras autoridades competentes de los Estados parte deben cooperar intercambiando información, de conformidad con su derecho interno, para determinar si las personas que cruzan una frontera con documentos de viaje de terceros o sin documentos son autores o víctimas de la trata de personas, así como sobre los documentos de viaje utilizados y los medios y métodos de los grupos delictivos organizados. Cada Estado parte debe impartir o reforzar la capacitación de esos funcionarios en la prevención de la trata de personas, el enjuiciamiento de los tratantes y la protección de los derechos de las víctimas.',
      fr: "Les services de détection et de répression, les services d'immigration et les autres services compétents des États parties doivent coopérer en échangeant, conformément au droit interne, des informations permettant de déterminer si des personnes franchissant une frontière avec les documents de voyage d'autrui ou sans documents sont des auteurs ou des victimes de la traite, ainsi que des informations sur les documents de voyage utilisés et sur les moyens et méthodes des groupes criminels organisés. Chaque État partie doit assurer ou renforcer la formation de ces agents en matière de prévention de la traite, de poursuite des trafiquants et de protection des droits des victimes.",
      ru: 'Правоохранительные, иммиграционные или другие соответствующие органы Государств-участников должны сотрудничать путем обмена информацией в соответствии с внутренним законодательством, позволяющей установить, являются ли лица, пересекающие границу с документами других лиц или без документов, преступниками или жертвами торговли людьми, а также об используемых документах на въезд/выезд и о средствах и методах организованных преступных групп. Каждое Государство-участник должно организовывать или совершенствовать подготовку таких должностных лиц по вопросам предупреждения торговли людьми, уголовного преследования торговцев людьми и защиты прав жертв.',
      zh: '缔约国的执法、移民或其他有关当局应根据本国法律交流信息，以查明使用他人旅行证件或无证件越境者是人口贩运活动的犯罪人还是被害人，并交流所用旅行证件以及有组织犯罪集团所用手段和方法的信息。各缔约国均应为这些官员提供或加强关于预防人口贩运、起诉贩运者和保护被害人权利的培训。',
    },
    offence: false,
    crossReference: 'international-cooperation',
  },
  {
    instrument: 'tip',
    article: '11',
    title: BORDER_MEASURES_TITLE,
    obligation: 'mandatory',
    themes: ['border-measures', 'prevention'],
    summary: {
      ar: 'يجب على الدول الأطراف، دون إخلال بحرية تنقل الناس، أن تعزّز الضوابط الحدودية إلى أقصى مدى ممكن لمنع الاتجار بالأشخاص وكشفه. ويجب على كل دولة طرف أن تعتمد تدابير تشريعية أو غيرها لمنع استخدام وسائل النقل التي يشغّلها الناقلون التجاريون في ارتكاب جرائم الاتجار بالأشخاص، بما في ذلك إلزام الناقلين بالتحقق من حيازة الركاب لوثائق السفر اللازمة للدخول مع فرض جزاءات على الإخلال بذلك، وأن تنظر في اتخاذ تدابير تسمح برفض دخول الأشخاص المتورطين في تلك الجرائم أو بإلغاء تأشيراتهم.',
      en: 'Without prejudice to the free movement of people, States Parties must strengthen border controls as far as possible to prevent and detect trafficking in persons. Each State Party must adopt legislative or other measures to prevent means of transport operated by commercial carriers from being used to commit trafficking offences, including an obligation for carriers to check that passengers hold the travel documents required for entry, with sanctions for breaches, and must consider measures allowing entry to be refused or visas revoked for persons implicated in such offences.',
      es: 'Sin perjuicio de la libre circulación de personas, los Estados parte deben reforzar, en la medida de lo posible, los controles fronterizos necesarios para prevenir y detectar la trata de personas. Cada Estado parte debe adoptar medidas legislativas o de otra índole para impedir que los medios de transporte explotados por transportistas comerciales se utilicen para cometer delitos de trata, incluida la obligación de los transportistas de verificar que los pasajeros tengan los documentos de viaje requeridos para entrar, con sanciones en caso de incumplimiento, y considerar medidas que permitan denegar la entrada o revocar visados a las personas implicadas en esos delitos.',
      fr: "Sans préjudice de la libre circulation des personnes, les États parties doivent renforcer, dans la mesure du possible, les contrôles aux frontières nécessaires pour prévenir et détecter la traite des personnes. Chaque État partie doit adopter des mesures législatives ou autres pour empêcher que les moyens de transport exploités par des transporteurs commerciaux soient utilisés pour commettre des infractions de traite, notamment l'obligation pour les transporteurs de vérifier que les passagers sont en possession des documents de voyage requis pour l'entrée, assortie de sanctions, et envisager des mesures permettant de refuser l'entrée des personnes impliquées dans ces infractions ou d'annuler leur visa.",
      ru: 'Без ущерба для свободного передвижения людей Государства-участники должны в максимально возможной степени усиливать пограничный контроль, необходимый для предупреждения и выявления торговли людьми. Каждое Государство-участник должно принимать законодательные или другие меры для предотвращения использования транспортных средств коммерческих перевозчиков при совершении преступлений, связанных с торговлей людьми, включая обязанность перевозчиков проверять наличие у пассажиров документов на въезд/выезд, необходимых для въезда, и санкции за ее нарушение, а также рассмотреть возможность принятия мер, позволяющих отказывать во въезде лицам, причастным к таким преступлениям, или аннулировать их визы.',
      zh: '在不影响人员自由往来的情况下，缔约国应尽可能加强边界管制，以预防和侦查人口贩运。各缔约国均应采取立法或其他措施，防止商业承运人经营的运输工具被用于实施人口贩运犯罪，包括规定承运人有义务查验乘客是否持有入境所需的旅行证件，并对违反者予以制裁；各缔约国还应考虑采取措施，允许拒绝参与此类犯罪的人员入境或吊销其签证。',
    },
    offence: false,
    crossReference: 'border-measures',
  },
  documentSecurityProvision('tip'),
  {
    instrument: 'tip',
    article: '13',
    title: DOCUMENT_VALIDITY_TITLE,
    obligation: 'mandatory',
    themes: ['document-security', 'law-enforcement-cooperation'],
    summary: {
      ar: 'يجب على كل دولة طرف، بناءً على طلب دولة طرف أخرى، أن تتحقق، وفقًا لقانونها الداخلي وفي غضون فترة زمنية معقولة، من شرعية وصلاحية وثائق السفر أو الهوية الصادرة أو التي يُدّعى أنها صادرة باسمها ويُشتبه في أنها تُستعمل في الاتجار بالأشخاص.',
      en: 'At the request of another State Party, each State Party must verify, in accordance with its domestic law and within a reasonable time, the legitimacy and validity of travel or identity documents issued or purported to have been issued in its name and suspected of being used for trafficking in persons.',
      es: 'A solicitud de otro Estado parte, cada Estado parte debe verificar, de conformidad con su derecho interno y dentro de un plazo razonable, la legitimidad y validez de los documentos de viaje o de identidad expedidos o presuntamente expedidos en su nombre de los que se sospeche que están siendo utilizados para la trata de personas.',
      fr: "À la demande d'un autre État partie, chaque État partie doit vérifier, conformément à son droit interne et dans un délai raisonnable, la légitimité et la validité des documents de voyage ou d'identité délivrés ou censés avoir été délivrés en son nom et dont on soupçonne qu'ils sont utilisés pour la traite des personnes.",
      ru: 'По просьбе другого Государства-участника каждое Государство-участник должно в соответствии со своим внутренним законодательством в течение разумного срока проверять законность и действительность документов на въезд/выезд или удостоверений личности, выданных или якобы выданных от его имени, в отношении которых есть подозрение, что они используются для торговли людьми.',
      zh: '应另一缔约国请求，各缔约国均应根据本国法律在合理期限内核查以其名义签发或据称以其名义签发、并被怀疑用于人口贩运的旅行或身份证件的合法性和有效性。',
    },
    offence: false,
    crossReference: 'document-security',
  },
];
