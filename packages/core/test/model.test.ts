import { expect } from '@open-wc/testing';
import { WEEKDAYS } from '@signpost/core';

describe('model', () => {
  it('lists seven weekdays in order', () => {
    expect(WEEKDAYS).to.deep.equal(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  });
});
