import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../main/menu';
import { fill, mainStrings, pickMainLanguage } from '../../main/strings';

const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items
    .flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])])
    .filter(Boolean);

const actions = { about: () => {}, openGuidance: () => {} };

describe('native menu and dialogs', () => {
  it('are in the interface language', () => {
    expect(labels(menuTemplate(mainStrings('ar'), 'win32', actions))).toEqual(
      expect.arrayContaining(['ملف', 'تحرير', 'عرض', 'نسخ', 'لصق']),
    );
    expect(labels(menuTemplate(mainStrings('zh'), 'linux', actions))).toEqual(
      expect.arrayContaining(['文件', '编辑', '复制']),
    );
    expect(labels(menuTemplate(mainStrings('ru'), 'darwin', actions))).toContain('Правка');
    expect(fill(mainStrings('fr').dialog.openLink.detail, { url: 'https://x.org' })).toContain(
      'https://x.org',
    );
  });

  it('have no label left in English in another language', () => {
    const english = new Set(labels(menuTemplate(mainStrings('en'), 'win32', actions)));
    for (const lang of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
      const translated = labels(menuTemplate(mainStrings(lang), 'win32', actions));
      expect(
        translated.filter((l) => english.has(l)),
        lang,
      ).toEqual([]);
    }
  });

  it('start in the system language when Omnibus speaks it', () => {
    expect(pickMainLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickMainLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(pickMainLanguage(['de-DE', 'ar-EG'])).toBe('ar');
    expect(pickMainLanguage(['de-DE'])).toBe('en');
  });
});
