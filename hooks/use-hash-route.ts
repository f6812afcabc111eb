import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type LibraryRoute } from '@/utils/library/route';

/** The library view the address names, following the Back button and links (hashchange). */
export function useHashRoute(): LibraryRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => {
      const next = parseRoute(location.hash);
      setRoute(next);
      // A new view starts at its top; the library's own section anchors scroll themselves.
      if (next.view !== 'library') window.scrollTo(0, 0);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
