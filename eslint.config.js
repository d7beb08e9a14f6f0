// Lint: type-aware basics plus the stage-boundary rule: another stage is reached only
// through its index.ts (style-anchors practice 1), so each stage keeps a small public surface.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^\\.\\./[a-z-]+/(?!index\\.js$).+',
          message: 'Import another stage only through its index.js.',
        }],
      }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
