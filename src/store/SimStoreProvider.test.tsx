// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSimStore } from './createSimStore';
import { SimStoreProvider, useSimStore } from './SimStoreProvider';

function Time() {
  const time = useSimStore((s) => s.time);
  const id = useSimStore((s) => s.builtinId);
  return (
    <p>
      {id} at {time}
    </p>
  );
}

describe('SimStoreProvider', () => {
  it('refuses to read a store outside its provider, saying what to do', () => {
    expect(() => render(<Time />)).toThrow(/outside a <SimStoreProvider>/);
  });

  it('gives each provider its own store', () => {
    const a = createSimStore();
    a.getState().seek(2);
    render(
      <>
        <SimStoreProvider store={a}>
          <Time />
        </SimStoreProvider>
        <SimStoreProvider options={{ builtinId: 'no-listener' }}>
          <Time />
        </SimStoreProvider>
      </>,
    );
    expect(screen.getByText('handshake-and-close at 2')).toBeTruthy();
    expect(screen.getByText('no-listener at 0')).toBeTruthy();
  });
});
