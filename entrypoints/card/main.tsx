import { render } from 'preact';
import { App } from './App';
import { createClaimStore } from './claim';

// Listening for the token starts before the first render (see claim.ts).
const claims = createClaimStore();
render(<App claims={claims} />, document.getElementById('app')!);
