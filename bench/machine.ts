// What the figures were measured on, for results.json and the docs.
import { readFileSync } from 'node:fs';
import os from 'node:os';

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1] ?? os.type();
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export function describeMachine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${model}, ${cpus.length} cores, ${memory} GB memory, ${osName()} (${os.type()} ${os.release()}), Node ${process.version}`;
}
