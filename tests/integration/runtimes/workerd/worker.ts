/**
 * The Worker under test: examples/edge/worker.ts as deployed, but for
 * minSolveTime, which is off so that the tests need not wait two seconds.
 */
import { createWorker } from '../../../../examples/edge/worker.ts';

export { CalchaReplays } from '../../../../examples/edge/worker.ts';

export default createWorker({ minSolveTime: 0 });
