import type { MenuItemConstructorOptions } from 'electron';
import type { MainStrings } from './strings';

export interface MenuActions {
  about: () => void;
  openGuidance: () => void;
}

// The application menu in the interface language; rebuilt whenever the user switches language.
export function menuTemplate(
  s: MainStrings,
  platform: NodeJS.Platform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const m = s.menu;
  const mac = platform === 'darwin';
  return [
    ...(mac
      ? [
          {
            label: 'Omnibus',
            submenu: [
              { label: m.about, click: actions.about },
              { type: 'separator' as const },
              { role: 'quit' as const, label: m.quit },
            ],
          },
        ]
      : []),
    {
      label: m.file,
      submenu: [mac ? { role: 'close', label: m.close } : { role: 'quit', label: m.quit }],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    {
      label: m.window,
      submenu: [
        { role: 'minimize', label: m.minimize },
        { role: 'close', label: m.close },
      ],
    },
    {
      label: m.help,
      submenu: [
        { label: m.reportIssue, click: actions.openGuidance },
        ...(mac ? [] : [{ type: 'separator' as const }, { label: m.about, click: actions.about }]),
      ],
    },
  ];
}
