import { describe, expect, it } from 'vitest';
import { createFrameRegistry, type RegistryStore } from '../../../utils/protocol/frame-registry';

const memoryStore = (initial?: Record<string, string[]>) => {
  const saved = { value: initial };
  const store: RegistryStore = {
    load: async () => saved.value,
    save: async (f) => void (saved.value = f),
  };
  return { store, saved };
};

const A = 'https://news.example/a';
const B = 'https://news.example/b';

describe('frame registry', () => {
  it('names only the frames showing the changed article, never the frame that made the change', async () => {
    const r = createFrameRegistry(memoryStore().store);
    await r.register({ tabId: 1, frameId: 0 }, [A]);
    await r.register({ tabId: 2, frameId: 0 }, [A]);
    await r.register({ tabId: 2, frameId: 5 }, [B]);
    expect(await r.framesFor(A)).toEqual([
      { tabId: 1, frameId: 0 },
      { tabId: 2, frameId: 0 },
    ]);
    expect(await r.framesFor(A, { tabId: 1, frameId: 0 })).toEqual([{ tabId: 2, frameId: 0 }]);
    expect(await r.framesFor(B)).toEqual([{ tabId: 2, frameId: 5 }]);
    expect(await r.framesFor('https://news.example/c')).toEqual([]);
    // A bulk change (an import, "delete everything") concerns every frame.
    expect(await r.framesFor(undefined)).toHaveLength(3);
  });

  it('moves a frame to its new article, and forgets a closed tab', async () => {
    const r = createFrameRegistry(memoryStore().store);
    await r.register({ tabId: 1, frameId: 0 }, [A]);
    await r.register({ tabId: 1, frameId: 0 }, [B]);
    expect(await r.framesFor(A)).toEqual([]);
    await r.forgetTab(1);
    expect(await r.framesFor(B)).toEqual([]);
  });

  it('survives the service worker being stopped: a new registry reads what the old one saved', async () => {
    const { store, saved } = memoryStore();
    await createFrameRegistry(store).register({ tabId: 3, frameId: 0 }, [A, B]);
    expect(saved.value).toEqual({ '3:0': [A, B] });
    expect(await createFrameRegistry(store).framesFor(B)).toEqual([{ tabId: 3, frameId: 0 }]);
  });
});
