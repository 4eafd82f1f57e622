/**
 * The simulation handler on the page's own thread (runner.ts says when): it brings the whole core
 * along. The element's build replaces this module with src/embed/scriptRunners.ts.
 */
import { hostSlicedRunner, hostSyncRunner, type RunnerFactory } from './runner';
import { createSimHost } from './simHost';

export const syncRunner: RunnerFactory = (listen) => hostSyncRunner(createSimHost, listen);
export const slicedRunner: RunnerFactory = (listen) => hostSlicedRunner(createSimHost, listen);
