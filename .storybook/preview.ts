import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Written by `npm run analyze -w @signpost/elements` (the storybook scripts run it first):
// the docs' tables of attributes, properties, events, slots, parts and CSS properties.
import manifest from '../packages/elements/dist/custom-elements.json';
import '../packages/elements/src/all.js';
// every element is shown on its own in the stories: their code at once, not when first on the page
import '../packages/elements/src/map/define.js';
import '../packages/elements/src/service/define.js';
import '../test/support/context-host.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // a Docs page for each element, its tables from the manifest
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
