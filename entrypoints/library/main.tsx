import { render } from 'preact';
import { openDatabase } from '@/utils/store/db';
import { App } from './App';

const db = openDatabase();
// Opened now, beside the first render, not by the first query after it: at 100,000 annotations
// the open is a good part of the wait for the first rows. A failure shows through every query.
db.open().catch(() => undefined);
render(<App db={db} />, document.getElementById('app')!);
