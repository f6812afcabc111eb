import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SuggestionList } from '../../../components/SuggestionList';
import type { EntitySuggestion } from '../../../utils/suggest/types';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const org = (name: string, score: number): EntitySuggestion => ({
  type: 'organization',
  name,
  normalizedName: name.toLowerCase(),
  mentions: [{ text: name, start: 0, end: name.length }],
  score,
});

function show(organizations: EntitySuggestion[]) {
  host = document.createElement('div');
  document.body.append(host);
  const onAccept = vi.fn();
  act(() =>
    render(
      <SuggestionList
        people={[]}
        organizations={organizations}
        claims={[]}
        onAccept={onAccept}
        onDismiss={() => {}}
      />,
      host,
    ),
  );
  const names = (el: Element | null) =>
    [...(el?.querySelectorAll('.suggestion-text') ?? [])].map((n) => n.textContent);
  return { onAccept, names };
}

describe('SuggestionList', () => {
  it('shows names offered on weak evidence last, under "Less sure", with their own buttons', () => {
    const quarrelby = org('Quarrelby', 0.59);
    const { onAccept, names } = show([org('Northwind Holdings Inc.', 0.92), quarrelby]);
    const group = host.querySelector('[aria-label="Suggested organizations"]')!;
    const lessSure = group.querySelector('[aria-label="Less sure organizations"]');
    expect(names(group)).toEqual(['Northwind Holdings Inc.', 'Quarrelby']);
    expect(names(lessSure)).toEqual(['Quarrelby']);
    expect(lessSure!.querySelector('h4')!.textContent).toBe('Less sure');
    act(() =>
      (lessSure!.querySelector('[aria-label="Accept Quarrelby"]') as HTMLButtonElement).click(),
    );
    expect(onAccept).toHaveBeenCalledWith(quarrelby, false, expect.any(HTMLButtonElement));
  });

  it('has no "Less sure" part when every name was placed on firm evidence', () => {
    const { names } = show([org('Northwind Holdings Inc.', 0.92), org('Acme Corp', 0.6)]);
    expect(names(host)).toEqual(['Northwind Holdings Inc.', 'Acme Corp']);
    expect(host.querySelector('.less-sure')).toBeNull();
  });
});
