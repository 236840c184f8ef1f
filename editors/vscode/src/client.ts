// SPDX-License-Identifier: EPL-2.0
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions } from 'vscode-languageclient/node';

import { LSP_ARGS } from './cli';
import { Launcher, commandLine } from './launcher';

/**
 * How the language server is started: jixiao lsp over standard input and output (an executable
 * without a transport is spoken to over stdio), in the first workspace folder.
 */
export function serverOptions(launcher: Launcher, cwd: string | undefined): ServerOptions {
	const { command, args } = commandLine(launcher, LSP_ARGS);
	const executable = { command, args, options: { shell: launcher.shell, ...(cwd ? { cwd } : {}) } };
	return { run: executable, debug: executable };
}

export function clientOptions(output: vscode.OutputChannel): LanguageClientOptions {
	return {
		documentSelector: [
			{ scheme: 'file', language: 'perf' },
			{ scheme: 'untitled', language: 'perf' },
		],
		// the server validates the whole folder: it hears of .perf files changed outside the editor
		synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.perf') },
		outputChannel: output,
		// the extension says itself, in Chinese, when the server cannot be started
		revealOutputChannelOn: RevealOutputChannelOn.Never,
	};
}

export function createClient(launcher: Launcher, cwd: string | undefined, output: vscode.OutputChannel): LanguageClient {
	return new LanguageClient('jixiao', '绩效 Jixiao', serverOptions(launcher, cwd), clientOptions(output));
}
