import type { DemoStep } from '../load-step.js';

export const fundsDemo: DemoStep = { load: async () => {}, weight: 1 };
