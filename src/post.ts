// Entry point of the action's post step (action.yml runs.post, post-if: always()).
import { runPost } from './run-post.js';

await runPost();
