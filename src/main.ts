// Entry point of the action's main step (action.yml runs.main). Thin on purpose.
import { run } from './run-main.js';

await run();
