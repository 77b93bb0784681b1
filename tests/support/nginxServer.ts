import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxConf, type NginxParams } from '../../deploy/nginxConf.ts';
import { firstPageRedirects } from '../../deploy/paginatedLists.ts';

/**
 * A real nginx serving a built site with the generated configuration (deploy/nginxConf.ts): the
 * same text as the committed deploy/nginx.conf but for its parameters (root, ports, certificate,
 * logs), written into a temporary folder with a throwaway self-signed certificate, on loopback.
 */
export interface NginxServer {
  /** http://127.0.0.1:port (redirects everything to HTTPS). */
  httpOrigin: string;
  /** https://127.0.0.1:port (the site). */
  httpsOrigin: string;
  /** The self-signed certificate (PEM) to trust in requests. */
  certificate: string;
  /** Whether nginx loaded the brotli filter module. */
  brotli: boolean;
  /** The text of the access log so far. */
  accessLog(): string;
  /** The text of the error log so far. */
  errorLog(): string;
  /** The generated site configuration (http context). */
  siteConf: string;
  stop(): Promise<void>;
}

/** Where Debian and others put the brotli filter module. */
const brotliModuleCandidates = [
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/share/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/lib64/nginx/modules/ngx_http_brotli_filter_module.so',
];

function which(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The nginx binary ($NGINX_PATH, on PATH, or Debian's /usr/sbin/nginx), or why there is none. */
export function findNginx(): { binary: string } | { reason: string } {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { binary: fromEnv } : { reason: `NGINX_PATH=${fromEnv} does not exist` };
  const found = which('nginx') ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined);
  if (!found) return { reason: 'nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-filter; `.ci/run` does it as root)' };
  if (!which('openssl')) return { reason: 'openssl is not installed (needed for the throwaway certificate)' };
  return { binary: found };
}

/**
 * Whether the nginx tests run here; when not, why. With P2C_REQUIRE_NGINX=1 (set by `.ci/run`
 * as root, where it installs nginx) a missing nginx is an error instead of a skip.
 */
export function nginxSkipReason(): string | undefined {
  const found = findNginx();
  if ('binary' in found) return undefined;
  if (process.env.P2C_REQUIRE_NGINX === '1') throw new Error(`nginx is required here (P2C_REQUIRE_NGINX=1) but: ${found.reason}`);
  console.warn(`nginx tests skipped: ${found.reason}`);
  return found.reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, errorLog: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start (exit code ${child.exitCode}):\n${readLog(errorLog)}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() - started > timeoutMs) throw new Error(`nginx did not listen on port ${port} within ${timeoutMs} ms:\n${readLog(errorLog)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** Starts nginx on loopback serving `root` (a built site) with the generated configuration. */
export async function startNginx(root: string): Promise<NginxServer> {
  const found = findNginx();
  if (!('binary' in found)) throw new Error(found.reason);
  const dir = mkdtempSync(path.join(tmpdir(), 'p2c-nginx-'));
  const certificate = path.join(dir, 'cert.pem');
  const certificateKey = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', certificateKey, '-out', certificate],
    { stdio: 'ignore' },
  );
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const brotliModule = brotliModuleCandidates.find((file) => existsSync(file));
  const accessLog = path.join(dir, 'access.log');
  const errorLog = path.join(dir, 'error.log');
  const params: NginxParams = {
    serverName: 'localhost',
    root: path.resolve(root),
    listenHttp: [`127.0.0.1:${httpPort}`],
    listenHttps: [`127.0.0.1:${httpsPort}`],
    httpsPort,
    certificate,
    certificateKey,
    accessLog,
    brotli: Boolean(brotliModule),
  };
  const siteConf = nginxConf(params, firstPageRedirects());
  writeFileSync(path.join(dir, 'site.conf'), siteConf);
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp));
  // The main context around the site's http-context file (a server's own nginx.conf does this part).
  const mainConf = [
    'daemon off;',
    'worker_processes 1;',
    // As root, workers would otherwise run as nobody, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${dir}/nginx.pid;`,
    `error_log ${errorLog} warn;`,
    ...(brotliModule ? [`load_module ${brotliModule};`] : []),
    'events { worker_connections 256; }',
    'http {',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${dir}/${temp};`),
    `  include ${dir}/site.conf;`,
    '}',
    '',
  ].join('\n');
  const mainFile = path.join(dir, 'nginx.conf');
  writeFileSync(mainFile, mainConf);
  const args = ['-p', dir, '-c', mainFile, '-e', errorLog];
  try {
    execFileSync(found.binary, [...args, '-t', '-q'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`nginx -t rejected the generated configuration:\n${stderr}\n${readLog(errorLog)}`);
  }
  const child = spawn(found.binary, args, { stdio: 'ignore' });
  await waitForPort(httpsPort, child, errorLog);
  return {
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    httpsOrigin: `https://127.0.0.1:${httpsPort}`,
    certificate: readFileSync(certificate, 'utf8'),
    brotli: Boolean(brotliModule),
    accessLog: () => readLog(accessLog),
    errorLog: () => readLog(errorLog),
    siteConf,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
