// A hospital's patient portal, written in React, that uses the net-widgets React wrappers. The portal takes over
// `net-drug-select` (it shows the chosen medicine in its own card) and reports `net-error` in its own words.
import { useState, type FormEvent } from 'react';
import { NetDietGuide, NetDrugCard, NetTreatmentList } from 'net-widgets/react';

export function App() {
  const [drug, setDrug] = useState('octreotide');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [lookup, setLookup] = useState('');
  // The diet guide is in light DOM (reading tools see its words); the portal adds and changes its dietitian's line.
  const [dietitian, setDietitian] = useState<'' | 'day' | 'evening'>('');

  const show = (next: string) => {
    setProblem('');
    setDrug(next);
  };

  const onLookup = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (lookup.trim()) show(lookup.trim());
  };

  return (
    <>
      <header className="portal-header">
        <p className="portal-name">Riverside patient portal</p>
        <p className="portal-user">Signed in as a demo patient</p>
      </header>
      <main className="portal-main">
        <h1>My treatment</h1>
        <p>Your team has shared these pages with you. Choose a medicine in the list to read about it.</p>

        <form className="lookup" onSubmit={onLookup}>
          <label htmlFor="lookup">Look up a medicine by name</label>
          <input id="lookup" value={lookup} onChange={(e) => setLookup(e.target.value)} />
          <button type="submit">Show medicine</button>
        </form>

        <p className="portal-status" role="status" data-testid="status">
          {status}
        </p>
        {problem ? (
          <p className="portal-problem" role="alert" data-testid="problem">
            We could not show that medicine. {problem}
          </p>
        ) : null}

        <div className="portal-columns">
          <NetTreatmentList
            headingLevel={2}
            categories="targeted, hormone-growth-medicines"
            onNetDrugSelect={(event) => {
              event.preventDefault(); // the portal shows the medicine in its own card instead
              show(event.detail.drugId);
              setStatus(`You chose ${event.detail.drugId} in the treatment list.`);
            }}
          />
          <NetDrugCard
            drug={drug}
            headingLevel={2}
            onNetError={(event) => {
              setProblem(event.detail.message);
            }}
          />
        </div>

        <p className="dietitian-controls">
          <button type="button" onClick={() => setDietitian(dietitian ? '' : 'day')}>
            {dietitian ? 'Hide our dietitian' : 'Show our dietitian'}
          </button>{' '}
          {dietitian ? (
            <button type="button" onClick={() => setDietitian(dietitian === 'day' ? 'evening' : 'day')}>
              Show the other clinic
            </button>
          ) : null}
        </p>
        <NetDietGuide
          light-dom=""
          headingLevel={2}
          onNetFoodSearch={(event) => setStatus(`You searched the diet guide for “${event.detail.query}”.`)}
        >
          {dietitian === 'day' ? <p slot="dietitian">Our dietitian sees patients on Tuesday mornings, room 12.</p> : null}
          {dietitian === 'evening' ? <p slot="dietitian">Our evening clinic dietitian is in room 4 on Thursdays.</p> : null}
        </NetDietGuide>
      </main>
    </>
  );
}
