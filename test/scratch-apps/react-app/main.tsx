// A React app: the finder as a component, its searches heard through onSearch.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SignpostFinder, type SignpostEvent } from '@signpost/react';

function App() {
  const [totals, setTotals] = useState<number[]>([]);
  const onSearch = (event: SignpostEvent<'signpost-search'>) => setTotals((seen) => [...seen, event.detail.total]);
  return (
    <main>
      <h1>Find a service</h1>
      <SignpostFinder endpoint="/api/v1" dialect="v1" geocoder="/api" perPage={5} onSearch={onSearch} />
      <output id="searches">{totals.join(',')}</output>
    </main>
  );
}

/** Never rendered: type-checking this app fails unless the props are typed. */
export function Mistyped() {
  // @ts-expect-error: perPage is a number
  return <SignpostFinder endpoint="/api/v1" perPage="five" />;
}

createRoot(document.getElementById('root')!).render(<App />);
