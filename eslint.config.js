import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		/*
		 * Browser-side modules (components, pages, universal loads, shared $lib code) never
		 * import from $lib/server, not even types: the vocabulary and view types they share
		 * with the server live in $lib/domain.
		 */
		files: ['src/**/*.svelte', 'src/**/*.ts'],
		ignores: [
			'src/lib/server/**',
			'src/**/*.server.ts',
			'src/routes/**/+server.ts',
			'src/app.d.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*', '**/lib/server/*'],
							message:
								'Browser-side code must not import from $lib/server; move shared types and values to $lib/domain.'
						}
					]
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'data/', 'node_modules/', 'src/lib/paraglide/'] }
);
