// SPDX-License-Identifier: EPL-2.0
import { spawn } from 'node:child_process';

import { Launcher, commandLine } from './launcher';

/** Exit codes of the jixiao command line (org.jixiao.cli.PerfCli). */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 2;
export const EXIT_USAGE = 64;
export const EXIT_EXISTS = 73;

/** jixiao generate FILE|DIR -o DIR: the official forms of a file or of every file of a folder. */
export function generateArgs(target: string, outputDir: string): string[] {
	return ['generate', target, '-o', outputDir];
}

/** jixiao import FILE… -o DIR [--force]: last year's workbooks or copied table text as .perf files. */
export function importArgs(files: readonly string[], outputDir: string, force = false): string[] {
	return ['import', ...files, '-o', outputDir, ...(force ? ['--force'] : [])];
}

/** jixiao selfeval score FILE: each part's score, the total and the grade of the self-evaluations. */
export function scoreArgs(file: string): string[] {
	return ['selfeval', 'score', file];
}

/** jixiao lsp: the language server over standard input and output. */
export const LSP_ARGS: readonly string[] = ['lsp'];

export interface CliRun {
	/** The exit code, or undefined when the launcher could not be started. */
	exitCode: number | undefined;
	/** Why it could not be started (ENOENT, EACCES …). */
	startError?: Error;
}

/**
 * Runs the command line in a folder and passes every line it prints (output and errors, in the
 * order they come) to {@code line}.
 */
export function runCli(launcher: Launcher, args: readonly string[], cwd: string, line: (text: string) => void): Promise<CliRun> {
	const { command, args: quoted } = commandLine(launcher, args);
	return new Promise((resolve) => {
		let child;
		try {
			child = spawn(command, quoted, { cwd, shell: launcher.shell, windowsHide: true });
		} catch (error) {
			resolve({ exitCode: undefined, startError: error as Error });
			return;
		}
		let startError: Error | undefined;
		const lines = (stream: NodeJS.ReadableStream) => {
			let pending = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				const parts = (pending + chunk).split(/\r?\n/);
				pending = parts.pop() ?? '';
				parts.forEach(line);
			});
			stream.on('end', () => {
				if (pending) {
					line(pending);
				}
			});
		};
		lines(child.stdout);
		lines(child.stderr);
		child.on('error', (error) => {
			startError = error;
		});
		child.on('close', (code) => {
			resolve(startError ? { exitCode: undefined, startError } : { exitCode: code ?? undefined });
		});
	});
}
