// SPDX-License-Identifier: EPL-2.0
import * as fs from 'node:fs';
import * as path from 'node:path';

/** How the Jixiao command line is started: the launcher script and whether it needs a shell. */
export interface Launcher {
	command: string;
	/** Windows runs .cmd scripts only through cmd.exe. */
	shell: boolean;
	/** Where it was found: the jixiao.path setting, the workspace's own ./jixiao, or PATH. */
	source: 'setting' | 'workspace' | 'path';
}

export interface LauncherContext {
	/** The jixiao.path setting, empty when unset. */
	configured: string;
	/** The workspace folders, in order. */
	workspaceFolders: readonly string[];
	platform: NodeJS.Platform;
	/** The PATH variable. */
	pathVariable: string;
	isFile?: (file: string) => boolean;
}

/** The launcher's names: jixiao on Linux and macOS, jixiao.cmd (the release archive's script) on Windows. */
export function launcherNames(platform: NodeJS.Platform): string[] {
	return platform === 'win32' ? ['jixiao.cmd', 'jixiao.bat', 'jixiao.exe'] : ['jixiao'];
}

/**
 * The launcher to start: the jixiao.path setting when given (relative to the first workspace
 * folder), else the workspace's own ./jixiao (a clone of the repository), else jixiao on PATH.
 * Undefined when none of them exists.
 */
export function findLauncher(context: LauncherContext): Launcher | undefined {
	const isFile = context.isFile ?? defaultIsFile;
	const pathApi = context.platform === 'win32' ? path.win32 : path.posix;
	const launcher = (command: string, source: Launcher['source']): Launcher => ({
		command,
		shell: context.platform === 'win32' && /\.(cmd|bat)$/i.test(command),
		source,
	});
	const configured = context.configured.trim();
	if (configured) {
		const base = context.workspaceFolders[0];
		const command = pathApi.isAbsolute(configured) || base === undefined ? configured : pathApi.join(base, configured);
		return isFile(command) ? launcher(command, 'setting') : undefined;
	}
	for (const folder of context.workspaceFolders) {
		for (const name of launcherNames(context.platform)) {
			const command = pathApi.join(folder, name);
			if (isFile(command)) {
				return launcher(command, 'workspace');
			}
		}
	}
	const separator = context.platform === 'win32' ? ';' : ':';
	for (const directory of context.pathVariable.split(separator).filter((d) => d.length > 0)) {
		for (const name of launcherNames(context.platform)) {
			const command = pathApi.join(directory, name);
			if (isFile(command)) {
				return launcher(command, 'path');
			}
		}
	}
	return undefined;
}

function defaultIsFile(file: string): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/**
 * One argument for cmd.exe: quoted, with quotes doubled, so that paths with blanks or Chinese
 * names reach the script as one argument (Node joins a shell command line without quoting).
 */
export function quoteForCmd(argument: string): string {
	return `"${argument.replace(/"/g, '""')}"`;
}

/** The command and arguments to spawn, quoted for cmd.exe where the launcher needs the shell. */
export function commandLine(launcher: Launcher, args: readonly string[]): { command: string; args: string[] } {
	if (!launcher.shell) {
		return { command: launcher.command, args: [...args] };
	}
	return { command: quoteForCmd(launcher.command), args: args.map(quoteForCmd) };
}
