import type { Preview } from '@storybook/web-components-vite';
import '../packages/elements/src/all.js';
import '../test/support/context-host.js';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
