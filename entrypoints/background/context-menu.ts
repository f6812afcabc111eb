import { browser } from 'wxt/browser';
import { ANNOTATION_TYPES, type AnnotationType } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';

const MENU_PREFIX = 'gloss-tag-';

/** "Gloss → Highlight / Person / Organization / Claim" on a text selection. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'gloss', title: 'Gloss', contexts: ['selection'] });
    for (const type of ANNOTATION_TYPES) {
      browser.contextMenus.create({
        id: MENU_PREFIX + type,
        parentId: 'gloss',
        title: TYPE_LABELS[type],
        contexts: ['selection'],
      });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (!id.startsWith(MENU_PREFIX) || tab?.id === undefined) return;
    const type = id.slice(MENU_PREFIX.length) as AnnotationType;
    browser.tabs
      .sendMessage(
        tab.id,
        { type: 'content:tag-selection', payload: { type } },
        { frameId: info.frameId ?? 0 },
      )
      .catch(() => {});
  });
}
