// What the test rig and `npm start` both do with a VS Code server process: ask whether it answers, signal its
// process group, and wait for it to end.
import http from 'node:http';

/** True when the server at `url` answers HTTP with anything but a server error. */
export function answers(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** True once the child process has exited or been killed. */
export function hasEnded(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Signals the server and everything it started (extension host, file watcher, pty host): one process group. */
export function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

/** Resolves true when the child has ended, or false after `timeoutMs`. */
export function ended(child, timeoutMs) {
  if (hasEnded(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
