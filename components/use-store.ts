import { useEffect, useState } from 'preact/hooks';

// Follow a small store ({ get, subscribe }) from a component: the notes workspace, the pre-fill
// sessions and editors.
export function useStore<S>(store: { get: () => S; subscribe: (l: (s: S) => void) => () => void }): S {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
