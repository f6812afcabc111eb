import type { Handlers } from './handler-context';
import { pageHandlers } from './page-handlers';
import { articleHandlers } from './article-handlers';
import { annotationHandlers } from './annotation-handlers';
import { cardHandlers } from './card-handlers';
import { libraryHandlers } from './library-handlers';

/**
 * Every background message's handler, registered as one object for the router (router.ts); the
 * `Handlers` type makes a message without a handler a compile error. Each group lives in its own
 * module, with the checks they share in handler-context.ts.
 */
export const handlers: Handlers = {
  ...pageHandlers,
  ...articleHandlers,
  ...annotationHandlers,
  ...cardHandlers,
  ...libraryHandlers,
};
