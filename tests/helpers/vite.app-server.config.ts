import { defineConfig, mergeConfig } from 'vite';
import base from '../../vite.config.js';

/*
 * The project's Vite config for test servers, without file watching and hot reload: other
 * people edit the shared tree while tests run, and a reload in the middle of a browser test
 * would detach the elements it is typing into.
 */
export default mergeConfig(
	base,
	defineConfig({ server: { hmr: false, watch: { ignored: ['**/*'] } } })
);
