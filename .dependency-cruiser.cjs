/**
 * The module graph's boundaries (issue 12; docs/architecture.md). `npm run lint` runs ESLint and then
 * scripts/check-boundaries.mjs, which runs this and also checks that server modules form no circle.
 * Paths are relative to the repository root. A programme is a folder `programmes/<programme>/` in the
 * domain package, the server and the web app; everything else is the core.
 */
const programmeFolder = '^(packages/domain/src|apps/server/src|apps/web/src)/programmes/([^/]+)/';

/**
 * The only core files that may name a programme: the three registries (and the registry's test) and
 * the composition roots that mount every programme — the server's build-app.ts and demo data, the
 * web app's routes and main navigation.
 */
const mayNameProgrammes = [
  '^(packages/domain/src|apps/server/src|apps/web/src)/programmes/registry(\\.test)?\\.ts$',
  '^apps/server/src/app/build-app\\.ts$',
  '^apps/server/src/modules/demo/',
  '^apps/web/src/app/routes\\.tsx$',
  '^apps/web/src/app/layout/MainNavigation\\.tsx$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycles',
      comment: 'No file imports itself through others: arrows run one way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-programme',
      comment:
        'The core does not name a programme — Housing First included, without exception; programmes plug in through the registries (and the composition roots that mount them).',
      severity: 'error',
      from: { pathNot: [programmeFolder, ...mayNameProgrammes] },
      to: { path: programmeFolder },
    },
    {
      name: 'programmes-never-import-each-other',
      comment: 'A programme imports the core and its own folders in each layer (its web module its domain rules), never another programme.',
      severity: 'error',
      from: { path: programmeFolder },
      to: { path: programmeFolder, pathNot: '^(packages/domain/src|apps/server/src|apps/web/src)/programmes/$2/' },
    },
    {
      name: 'web-imports-no-server',
      comment: 'The web app talks to the server through its API client and shares only the domain package.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/server|bench|e2e)/' },
    },
    {
      name: 'domain-imports-no-app',
      comment: 'The domain package is pure rules: it imports nothing from the apps.',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { path: '^(apps|bench|e2e|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
