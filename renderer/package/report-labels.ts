import type { Language } from '../i18n/languages';

// The few words of the plain report, in the six languages (the report is read outside the app).
export interface ReportLabels {
  readonly state: string;
  readonly focalPoint: string;
  readonly exportedAt: string;
  readonly version: string;
  readonly unanswered: string;
  readonly answeredBy: string;
}

export const REPORT_LABELS: Record<Language, ReportLabels> = {
  en: {
    state: 'State',
    focalPoint: 'Focal point',
    exportedAt: 'Exported',
    version: 'Questionnaire version',
    unanswered: 'Not answered',
    answeredBy: 'Answered by',
  },
  fr: {
    state: 'État',
    focalPoint: 'Point focal',
    exportedAt: 'Exporté le',
    version: 'Version du questionnaire',
    unanswered: 'Sans réponse',
    answeredBy: 'Réponse de',
  },
  es: {
    state: 'Estado',
    focalPoint: 'Coordinador nacional',
    exportedAt: 'Exportado',
    version: 'Versión del cuestionario',
    unanswered: 'Sin respuesta',
    answeredBy: 'Respondido por',
  },
  ru: {
    state: 'Государство',
    focalPoint: 'Координатор',
    exportedAt: 'Экспортировано',
    version: 'Версия вопросника',
    unanswered: 'Нет ответа',
    answeredBy: 'Ответ дал(а)',
  },
  zh: {
    state: '国家',
    focalPoint: '联络人',
    exportedAt: '导出时间',
    version: '调查问卷版本',
    unanswered: '未作答',
    answeredBy: '作答人',
  },
  ar: {
    state: 'الدولة',
    focalPoint: 'جهة الوصل',
    exportedAt: 'تاريخ التصدير',
    version: 'إصدار الاستبيان',
    unanswered: 'لم تتم الإجابة',
    answeredBy: 'أجاب',
  },
};
