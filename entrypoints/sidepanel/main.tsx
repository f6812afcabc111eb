import { render } from 'preact';
import { openDatabase } from '@/utils/store/db';
import { App } from './App';

render(
  <App db={openDatabase()} requestedTab={new URLSearchParams(location.search).get('tab')} />,
  document.getElementById('app')!,
);
