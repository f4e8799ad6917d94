// The floor for the app's main-thread time: the stream read, parsed and reduced as the app does
// it (read-for-page.ts), nothing rendered.
import { readOnStart } from './read-for-page.ts';

readOnStart();
