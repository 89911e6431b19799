// Entry point of the action's main step (action.yml runs.main). Thin on purpose: `mode: promote`
// points a channel at an existing image; anything else builds.
// Each mode is a chunk of its own, loaded when chosen: a build never parses the promote code.
import { actionsRunner } from './action/runner.js';

await (actionsRunner.getInput('mode').trim() === 'promote'
  ? (await import('./run-promote.js')).runPromote()
  : (await import('./run-main.js')).run());
