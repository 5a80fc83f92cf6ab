import { describe, it } from 'vitest';
import rule from '../../src/service/rules/ages-order.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

describe('ages-order', () => {
  it('wants min not above max', () => {
    checkCases(rule, [
      { name: 'in order', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: 8, max: 11 }' }), findings: [], },
      { name: 'one age', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: 8, max: 8 }' }), findings: [] },
      { name: 'reversed', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: «11», max: 8 }' }), findings: [{ messageId: 'reversed', args: { min: 11, max: 8 } }] },
    ]);
  });
});
