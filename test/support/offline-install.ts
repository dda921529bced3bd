/**
 * Installs packages into a scratch project with no network: the project's own packages
 * from `npm pack` tarballs, and their third-party dependencies at exactly the versions the
 * workspace's package-lock.json pins. npm finds those in its cache (where `npm ci` left
 * them) by their tarballs' URLs and integrity, so `npm ci --offline` needs no registry.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Tarball {
  /** The package's name, e.g. "@signpost/core". */
  name: string;
  /** The tarball's path. */
  file: string;
  version: string;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * Writes package.json and package-lock.json into `dir` (dependencies: the tarballs plus
 * `extra`, names of packages the workspace has installed) and runs `npm ci --offline`.
 */
export async function installOffline(dir: string, workspaceLock: string, tarballs: Tarball[], extra: string[]): Promise<void> {
  const workspace = (JSON.parse(readFileSync(workspaceLock, 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const packages: Record<string, LockEntry> = {};
  const registry = (await run('npm', ['config', 'get', 'registry'])).stdout.trim().replace(/\/?$/, '/');
  const ours = new Map(tarballs.map((t) => [t.name, t]));

  /** The lock key Node would resolve `name` to from the package at `from` ("" is the root). */
  const resolve = (name: string, from: string): string | undefined => {
    for (let at = from; ; ) {
      const key = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (workspace[key]) return key;
      if (!at) return undefined;
      const cut = at.lastIndexOf('/node_modules/');
      at = cut === -1 ? '' : at.slice(0, cut);
    }
  };

  const add = (name: string, from: string, optional: boolean): void => {
    if (ours.has(name)) return;
    const key = resolve(name, from);
    if (!key) {
      if (optional) return;
      throw new Error(`${name} (needed by ${from || 'the scratch app'}) is not in the workspace's package-lock.json`);
    }
    if (packages[key]) return;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = workspace[key]!;
    if (entry.link) throw new Error(`${name} is a workspace link, not an installed package`);
    // With its tarball's URL as well as its integrity, npm needs no registry metadata.
    const registryName = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    entry.resolved ??= `${registry}${registryName}/-/${registryName.split('/').pop()}-${entry.version}.tgz`;
    packages[key] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) add(dep, key, false);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) add(dep, key, true);
  };

  for (const tarball of tarballs) {
    for (const dep of Object.keys(tarball.dependencies)) add(dep, '', false);
    packages[`node_modules/${tarball.name}`] = {
      version: tarball.version,
      resolved: `file:tarballs/${basename(tarball.file)}`,
      dependencies: tarball.dependencies,
      ...(tarball.peerDependencies ? { peerDependencies: tarball.peerDependencies } : {}),
    };
  }
  for (const name of extra) add(name, '', false);

  const dependencies: Record<string, string> = {};
  for (const t of tarballs) dependencies[t.name] = `file:tarballs/${basename(t.file)}`;
  for (const name of extra) dependencies[name] = workspace[`node_modules/${name}`]!.version!;
  const manifest = { name: 'signpost-scratch-app', version: '0.0.0', private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const lock = { name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { '': manifest, ...packages } };
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir });
}
