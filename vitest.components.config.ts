import { getViteConfig } from 'astro/config';

/** Astro components rendered with the Container API (needs Astro's Vite plugins, hence its own config). */
export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    environment: 'node',
  },
});
