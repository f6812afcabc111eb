import type { AnnotationType } from './vocabulary';

/**
 * Each annotation type's colour, as "r, g, b": the one source for the page's overlay marks and
 * toolbar (utils/page/painter.ts, entrypoints/content/ui-css.ts). The stylesheets that cannot import
 * it (components/theme.css's --c-<type>, entrypoints/content/highlights.css) are checked against it
 * by tests/unit/model/type-colors.test.ts.
 */
export const TYPE_RGB: Record<AnnotationType, string> = {
  highlight: '255, 214, 0',
  person: '64, 156, 255',
  organization: '46, 204, 113',
  claim: '255, 99, 71',
};

export const typeColor = (type: AnnotationType, alpha = 1): string =>
  alpha === 1 ? `rgb(${TYPE_RGB[type]})` : `rgba(${TYPE_RGB[type]}, ${alpha})`;
