import { describe, expect, it, vi } from 'vitest';
import { onlyTrusted } from '../../../utils/protocol/trusted';

describe('onlyTrusted', () => {
  it('acts on events the browser made from real input, never on events a script made', () => {
    const handler = vi.fn();
    const guarded = onlyTrusted(handler);
    const button = document.createElement('button');
    document.body.append(button);
    button.addEventListener('click', guarded);
    button.click(); // a script's click: isTrusted === false
    button.dispatchEvent(new MouseEvent('click'));
    expect(handler).not.toHaveBeenCalled();
    // What the browser delivers for the reader's own input.
    const real = new MouseEvent('click');
    Object.defineProperty(real, 'isTrusted', { value: true });
    guarded(real);
    expect(handler).toHaveBeenCalledWith(real);
    button.remove();
  });
});
