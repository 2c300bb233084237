const nunjucks = require('/work/wt/webpart2/node_modules/nunjucks');
const { join, dirname } = require('path');
const root = '/work/wt/webpart2/apps/web/src';
const pkg = (n) => dirname(require.resolve(n + '/package.json', { paths: [root] }));
const env = nunjucks.configure([root, join(pkg('govuk-frontend'), 'dist'), pkg('@ministryofjustice/frontend')], { autoescape: true });
env.addFilter('longDate', (x) => String(x));
env.addGlobal('csrfToken', () => 't');
const [tpl, data] = [process.argv[2], JSON.parse(process.argv[3] || '{}')];
try { const html = env.render(tpl, data); console.log('OK', html.length); } catch (e) { console.log('ERR', e.message); }
