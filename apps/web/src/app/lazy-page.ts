import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when its route is first visited (issue 16): the first page carries only what it shows,
 * and a page's big libraries (charts, date pickers) come with it. `name` is the page's named export.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
