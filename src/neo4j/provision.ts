import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../config.js';
import { runForLines } from './child-process-lines.js';

export type Progress = (line: string) => void;

export class ProvisionError extends Error {
  override name = 'ProvisionError';
}

/** Neo4j 5.26 runs on Java 17 and 21; older JVMs fail with cryptic class-version errors, newer ones are unsupported. */
const SUPPORTED_JAVA = [17, 21];

export type Java = { bin: string; major: number };

export function findJava(javaHome: string | undefined): Java {
  const bin = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const result = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new ProvisionError(
      `Java was not found (${bin}: ${result.error.message}). Neo4j ${'5.26'} needs Java 17 or 21: ` +
        'install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const first = Number(match?.[1]);
  const major = first === 1 ? Number(match?.[2]) : first;
  if (!SUPPORTED_JAVA.includes(major)) {
    throw new ProvisionError(
      `${bin} is Java ${Number.isNaN(major) ? 'of unknown version' : major}; Neo4j 5 needs Java 17 or 21. ` +
        'Set JAVA_HOME to a Java 17 or 21 installation.',
    );
  }
  return { bin, major };
}

function checkMaven(mavenCmd: string): void {
  const result = spawnSync(mavenCmd, ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ProvisionError(
      `Maven was not found (${mavenCmd}: ${result.error?.message ?? result.stderr.trim()}). claimgraph assembles ` +
        'Neo4j from Maven Central jars: install Maven (Debian: apt-get install maven) or set MAVEN_CMD.',
    );
  }
}

/**
 * The official tarball's lib/ is the dependency closure of these artifacts: the server module brings Bolt, HTTP
 * and Jetty, `org.neo4j:neo4j` brings the Cypher runtime and `CommunityEntryPoint`, and the browser jar makes
 * the HTTP connector serve /browser.
 */
function runtimePom(settings: LocalNeo4jSettings): string {
  const dep = (group: string, artifact: string, version: string) =>
    `    <dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.claimgraph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${settings.version}</version>
  <packaging>pom</packaging>
  <dependencies>
${dep('org.neo4j.app', 'neo4j-server', settings.version)}
${dep('org.neo4j', 'neo4j', settings.version)}
${dep('org.neo4j.client', 'neo4j-browser', settings.browserVersion)}
  </dependencies>
</project>
`;
}

function classpathFile(settings: LocalNeo4jSettings): string {
  return path.join(
    settings.dir,
    'dist',
    `neo4j-${settings.version}-browser-${settings.browserVersion}`,
    'classpath.txt',
  );
}

function readCachedClasspath(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  const entries = readFileSync(file, 'utf8').trim().split(path.delimiter).filter(Boolean);
  // A wiped ~/.m2 leaves a classpath pointing at nothing; resolve again rather than fail at launch.
  return entries.length > 0 && entries.every((jar) => existsSync(jar)) ? entries : undefined;
}

/**
 * Resolves the Neo4j server's jars through Maven. The jars stay in the local Maven repository (downloaded once,
 * shared by every clone); only the resulting classpath is cached in the git-ignored folder.
 */
export async function provisionClasspath(
  settings: LocalNeo4jSettings,
  progress: Progress,
): Promise<string[]> {
  const file = classpathFile(settings);
  const cached = readCachedClasspath(file);
  if (cached) return cached;

  checkMaven(settings.mavenCmd);
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pom.xml'), runtimePom(settings));
  progress(`Resolving Neo4j ${settings.version} Community from Maven Central (first run downloads ~140 MB)…`);

  const started = Date.now();
  let downloaded = 0;
  let bytes = 0;
  const { code, tail } = await runForLines(
    settings.mavenCmd,
    ['-B', 'dependency:build-classpath', `-Dmdep.outputFile=${file}`, '-Dmdep.includeScope=runtime'],
    { cwd: dir },
    (line) => {
      const m = /Downloaded from \S+: \S+ \(([\d.]+) (B|kB|MB)/.exec(line);
      if (!m) return;
      downloaded += 1;
      bytes += Number(m[1]) * (m[2] === 'MB' ? 1e6 : m[2] === 'kB' ? 1e3 : 1);
      if (downloaded % 25 === 0) {
        progress(
          `  …${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB (${Math.round((Date.now() - started) / 1000)}s)`,
        );
      }
    },
  );
  if (code !== 0 || !existsSync(file)) {
    throw new ProvisionError(
      `Maven could not resolve Neo4j ${settings.version} (exit ${code}). Last lines:\n${tail.slice(-15).join('\n')}`,
    );
  }
  const classpath = readCachedClasspath(file);
  if (!classpath) throw new ProvisionError(`Maven wrote an unusable classpath to ${file}`);
  progress(
    `Neo4j ${settings.version} resolved: ${classpath.length} jars` +
      (downloaded > 0
        ? `, ${downloaded} files (${(bytes / 1e6).toFixed(1)} MB) downloaded`
        : ', all cached') +
      ` in ${Math.round((Date.now() - started) / 1000)}s`,
  );
  return classpath;
}
