/**
 * Before every test file. Testing Library's findBy…/waitFor wait for a state; their ceiling
 * (1 s by default) only decides how long a failure takes to be reported, yet on a busy machine a
 * lazily loaded view (the state diagram's chunk, transformed on first import) can take longer than
 * that to arrive, and a correct test failed. The ceiling is raised well past any honest wait;
 * a passing test waits no longer than the state takes.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 30_000 });
