import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/* A module under src/lib/server, however the import names it. */
const SERVER_MODULE = /^(?:\$lib\/server|(?:\.\.?\/)+(?:lib\/)?server)(?:\/|$)/;
const SERVER_IMPORT_MESSAGE =
	'Browser-side code must not import from $lib/server; move shared types and values to $lib/domain.';

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
							// $lib/server/..., and relative paths into it: ../../lib/server/..., ./server/...
							regex: SERVER_MODULE.source,
							message: SERVER_IMPORT_MESSAGE
						}
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					// esquery's regular expressions cannot hold a slash, escaped or not: \x2F it is.
					selector: `ImportExpression[source.value=/${SERVER_MODULE.source.replaceAll('\\/', '\\x2F')}/]`,
					message: SERVER_IMPORT_MESSAGE
				}
			]
		}
	},
	{
		/*
		 * A component stays small enough to read in one sitting: past 300 lines (markup, script
		 * and style together) it is doing more than one job and is split into parts.
		 */
		files: ['src/**/*.svelte'],
		rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] }
	},
	{ ignores: ['build/', '.svelte-kit/', 'data/', 'node_modules/', 'src/lib/paraglide/'] }
);
