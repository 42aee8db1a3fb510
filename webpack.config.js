// Builds the task pane into dist/, the way Microsoft's Excel task-pane template does, with ts-loader.
// `npm run build` (production) needs no certificates: only `webpack serve` asks office-addin-dev-certs.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where the dev server serves the pane; manifest.xml names this URL. */
const DEV_URL = 'https://localhost:3000/';
/** Where the built pane is hosted. A placeholder: set CAMKET_ADDIN_URL (ending in /) when building
 *  for the department's real web server; docs/addin.md says how. */
const PROD_URL = process.env.CAMKET_ADDIN_URL || 'https://camket.example.org/addin/';

/** office-addin-dev-certs makes a localhost certificate and trusts its CA. Where the CA cannot be
 *  installed (Linux without sudo, a locked-down PC) serve with the certificate anyway and say how
 *  to trust it by hand, rather than not serving at all. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require('node:fs');
    const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
    const file = (name) => path.join(dir, name);
    if (!fs.existsSync(file('localhost.crt'))) throw e;
    console.warn(`camket: the development CA could not be trusted automatically (${e.message.split('\n')[0]}).`);
    console.warn(`camket: trust ${file('ca.crt')} by hand in the browser or system, then reload.`);
    return {
      ca: fs.readFileSync(file('ca.crt')),
      cert: fs.readFileSync(file('localhost.crt')),
      key: fs.readFileSync(file('localhost.key')),
    };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const dist = path.resolve(__dirname, 'dist');
  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2019'],
    entry: { taskpane: './src/addin/taskpane.ts' },
    // legacy-guard.js comes from the second build below.
    output: { path: dist, filename: '[name].js', clean: { keep: /^legacy-guard\.js$/ } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', onlyCompileBundledFiles: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/addin/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/addin/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/addin/taskpane.css', to: 'taskpane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
  // The guard that runs first, in any webview: ES5, so Internet Explorer 11 (Office 2016/2019) can
  // run it and say why the pane cannot (src/addin/legacy-guard.ts).
  const guard = {
    name: 'legacy-guard',
    mode: config.mode,
    devtool: false,
    target: ['web', 'es5'],
    entry: { 'legacy-guard': './src/addin/legacy-guard.ts' },
    output: {
      path: dist,
      filename: '[name].js',
      iife: true,
      environment: {
        arrowFunction: false,
        const: false,
        destructuring: false,
        forOf: false,
        module: false,
        optionalChaining: false,
        templateLiteral: false,
      },
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.addin.json',
              onlyCompileBundledFiles: true,
              instance: 'legacy-guard',
              compilerOptions: { target: 'ES5', sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      static: { directory: dist },
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
    };
  }
  return [config, guard];
};
