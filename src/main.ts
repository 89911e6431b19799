// Entry point of the action's main step (action.yml runs.main). Thin on purpose: `mode: promote`
// points a channel at an existing image; anything else builds.
import * as core from '@actions/core';
import { run } from './run-main.js';
import { runPromote } from './run-promote.js';

await (core.getInput('mode').trim() === 'promote' ? runPromote() : run());
