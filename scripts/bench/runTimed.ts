/**
 * Runs one step of the benchmark as a child process and measures its
 * wall-clock time (and, where GNU time is installed, its peak memory).
 * The output goes to a log file under tmp/bench/logs/.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { benchPaths, binDir } from './benchPaths.ts';

export interface StepResult {
  name: string;
  seconds: number;
  exitCode: number;
  /** Peak resident memory of the step's largest process, in bytes (undefined when unknown). */
  maxRssBytes: number | undefined;
  /** CPU seconds (user + system) of the step and its children (undefined when unknown). */
  cpuSeconds: number | undefined;
  /** Of which in the kernel (file writes, mkdir): the part that varies most between runs here. */
  systemSeconds: number | undefined;
  logFile: string;
  /** Everything the step printed (stdout and stderr, interleaved). */
  output: string;
}

export interface StepOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Echo a dot every 10 s so long steps show they are alive. */
  heartbeat?: boolean;
}

const gnuTime = '/usr/bin/time';

/** PATH with the project's node_modules/.bin (Node 22, astro, pagefind) first. */
export function benchPath(): string {
  return [binDir, path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter);
}

export async function runTimed(name: string, command: string, args: string[], options: StepOptions): Promise<StepResult> {
  mkdirSync(benchPaths.logs, { recursive: true });
  const logFile = path.join(benchPaths.logs, `${name.replace(/[^a-z0-9]+/gi, '-')}.log`);
  const rssFile = `${logFile}.rss`;
  rmSync(rssFile, { force: true });
  const useTime = existsSync(gnuTime);
  const [file, argv] = useTime ? [gnuTime, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const log = createWriteStream(logFile);
  const chunks: Buffer[] = [];
  const started = performance.now();
  let dots = 0;
  const timer = options.heartbeat
    ? setInterval(() => {
        dots += 1;
        process.stderr.write('.');
      }, 10_000)
    : undefined;
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, PATH: benchPath(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      chunks.push(chunk);
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  if (timer) clearInterval(timer);
  if (dots > 0) process.stderr.write('\n');
  await new Promise<void>((resolve) => log.end(resolve));
  let maxRssBytes: number | undefined;
  let cpuSeconds: number | undefined;
  let systemSeconds: number | undefined;
  if (useTime && existsSync(rssFile)) {
    // GNU time's last line: "<max RSS kB> <user s> <system s>" (a line before it when the exit code is not 0).
    const [kb, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    if (kb !== undefined && Number.isFinite(kb) && kb > 0) maxRssBytes = kb * 1024;
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) {
      cpuSeconds = user + system;
      systemSeconds = system;
    }
  }
  return { name, seconds, exitCode, maxRssBytes, cpuSeconds, systemSeconds, logFile, output: Buffer.concat(chunks).toString('utf8') };
}

/** The last lines of a step's output, for error messages. */
export function tail(output: string, lines = 25): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
