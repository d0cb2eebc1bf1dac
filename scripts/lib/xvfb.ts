/**
 * A virtual X server (Debian's xvfb) and key presses through it (xdotool), for what only a headed
 * browser does: headless Chromium does not route browser accelerators such as an extension's
 * keyboard shortcut from CDP input events, so the shortcut test presses real keys on a real
 * (virtual) display. `.ci/run` installs both packages.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface VirtualDisplay {
  /** e.g. ":99", for DISPLAY */
  display: string;
  /** Runs xdotool on this display and returns what it printed. */
  xdotool(...args: string[]): string;
  close(): Promise<void>;
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startVirtualDisplay(size = '1400x1000x24'): Promise<VirtualDisplay> {
  const missing = ['Xvfb', 'xdotool'].filter((c) => !has(c));
  if (missing.length) throw new Error(`${missing.join(' and ')} not found: apt-get install -y xvfb xdotool`);
  // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once it is ready.
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', size, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (d) => (stderr += d));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${stderr}`)), 10_000);
    (server.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  });
  const display = `:${number}`;
  return {
    display,
    xdotool: (...args) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 15_000 }).trim(),
    async close() {
      if (server.exitCode !== null) return;
      const exited = new Promise((r) => server.once('exit', r));
      server.kill();
      await exited;
    },
  };
}
