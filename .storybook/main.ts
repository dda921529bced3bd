import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin } from 'vite';
import { createSampleApi } from '../packages/sample-api/src/index.js';

/** `npm run storybook` serves the sample ORUK API at /api, so finder stories have live data. */
function sampleApi(): Plugin {
  return {
    name: 'signpost-sample-api',
    configureServer(server) {
      server.middlewares.use(createSampleApi({ basePath: '/api' }).middleware);
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', ...defaultClientConditions];
    viteConfig.plugins = [...(viteConfig.plugins ?? []), sampleApi()];
    return viteConfig;
  },
};

export default config;
