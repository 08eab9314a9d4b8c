/**
 * The module graph's boundaries (issue 12; docs/architecture.md). `npm run lint` runs ESLint and then
 * scripts/check-boundaries.mjs, which runs this and also checks that server modules form no circle.
 * Paths are relative to the repository root. A programme is a folder `programmes/<programme>/` in the
 * domain package, the server and the web app; everything else is the core.
 */
const programmeFolder = '^(packages/domain/src|apps/server/src|apps/web/src)/programmes/([^/]+)/';

/** Housing First's programme folders: its pure rules and strings, its server module, its web module. */
const housingFirstFolder = '^(packages/domain/src|apps/server/src|apps/web/src)/programmes/housing-first/';

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

/**
 * Housing First predates the plug-in: the domain package's index still re-exports its rules, which core
 * server modules read through it (docs/architecture.md). Its web code and its own server code are in its
 * programme folders. This may name Housing First — and no other programme — until the core's imports
 * of its rules go through the programme. Every other programme is held to the rule without exception.
 */
const housingFirstStillLivesIn = [
  '^packages/domain/src/index\\.ts$',
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
        'The core does not name a programme; programmes plug in through the registries (and the composition roots that mount them).',
      severity: 'error',
      from: { pathNot: [programmeFolder, ...mayNameProgrammes] },
      to: { path: programmeFolder, pathNot: housingFirstFolder },
    },
    {
      name: 'core-imports-no-programme-housing-first',
      comment: 'The same for Housing First, outside the places its code still lives in (housingFirstStillLivesIn).',
      severity: 'error',
      from: { pathNot: [programmeFolder, ...mayNameProgrammes, ...housingFirstStillLivesIn] },
      to: { path: housingFirstFolder },
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
