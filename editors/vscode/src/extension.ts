// SPDX-License-Identifier: EPL-2.0
// The Jixiao extension: .perf files get the language server (jixiao lsp), and three commands run
// the command line (生成报表 generate, 导入表格 import, 自评计分 selfeval score) and show its output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import { CliRun, EXIT_ERRORS, EXIT_EXISTS, EXIT_OK, generateArgs, importArgs, runCli, scoreArgs } from './cli';
import { createClient } from './client';
import { Launcher, findLauncher } from './launcher';
import * as messages from './messages';

const TABLE_EXTENSIONS = ['xlsx', 'xls', 'txt'];

let output: vscode.OutputChannel;
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	output = vscode.window.createOutputChannel(messages.OUTPUT_CHANNEL);
	context.subscriptions.push(
		output,
		vscode.commands.registerCommand('jixiao.generate', (uri?: vscode.Uri) => generate(uri)),
		vscode.commands.registerCommand('jixiao.import', (uri?: vscode.Uri) => importTables(uri)),
		vscode.commands.registerCommand('jixiao.score', (uri?: vscode.Uri) => score(uri)),
		vscode.workspace.onDidChangeConfiguration(async (event) => {
			if (event.affectsConfiguration('jixiao.path')) {
				await stopLanguageServer();
				await startLanguageServer();
			}
		}),
	);
	await startLanguageServer();
}

export async function deactivate(): Promise<void> {
	await stopLanguageServer();
}

function configuredPath(): string {
	return vscode.workspace.getConfiguration('jixiao').get<string>('path', '');
}

function workspaceFolders(): string[] {
	return (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
}

function launcher(): Launcher | undefined {
	return findLauncher({
		configured: configuredPath(),
		workspaceFolders: workspaceFolders(),
		platform: process.platform,
		pathVariable: process.env.PATH ?? '',
	});
}

async function startLanguageServer(): Promise<void> {
	const found = launcher();
	if (!found) {
		void offerSettings(vscode.window.showErrorMessage(messages.serverNotStarted(messages.launcherNotFound(configuredPath())), messages.OPEN_SETTINGS));
		return;
	}
	client = createClient(found, workspaceFolders()[0], output);
	try {
		await client.start();
	} catch (error) {
		output.appendLine(String(error));
		client = undefined;
		void offerSettings(vscode.window.showErrorMessage(messages.serverFailed(found.command, reason(error)), messages.OPEN_SETTINGS));
	}
}

async function stopLanguageServer(): Promise<void> {
	const running = client;
	client = undefined;
	if (running) {
		try {
			await running.stop();
		} catch {
			// a server that never started has nothing to stop
		}
	}
}

async function offerSettings(choice: Thenable<string | undefined>): Promise<void> {
	if ((await choice) === messages.OPEN_SETTINGS) {
		await vscode.commands.executeCommand('workbench.action.openSettings', 'jixiao.path');
	}
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** 生成报表: the forms of the given or the active .perf file, or of every file of the folder, into forms/. */
async function generate(uri?: vscode.Uri): Promise<void> {
	const target = (await perfFile(uri)) ?? uri?.fsPath ?? workspaceFolders()[0];
	if (!target) {
		void vscode.window.showWarningMessage(messages.NO_TARGET);
		return;
	}
	const folder = folderOf(target);
	const outputDir = path.join(folder, 'forms');
	const run = await runCommand(generateArgs(target, outputDir), folder, messages.generating(path.basename(target)));
	if (run?.exitCode === EXIT_OK) {
		void vscode.window.showInformationMessage(messages.generated(outputDir));
	}
}

/** 导入表格: workbooks or table text as .perf files, into the folder given or the workspace folder. */
async function importTables(uri?: vscode.Uri): Promise<void> {
	let files: string[];
	if (uri && isTable(uri.fsPath)) {
		files = [uri.fsPath];
	} else {
		const base = uri?.fsPath ?? workspaceFolders()[0];
		const picked = await vscode.window.showOpenDialog({
			canSelectFiles: true,
			canSelectFolders: false,
			canSelectMany: true,
			openLabel: messages.IMPORT_LABEL,
			filters: { [messages.TABLE_FILTER]: TABLE_EXTENSIONS },
			...(base ? { defaultUri: vscode.Uri.file(base) } : {}),
		});
		if (!picked || picked.length === 0) {
			return;
		}
		files = picked.map((file) => file.fsPath);
	}
	const outputDir = uri && isDirectory(uri.fsPath) ? uri.fsPath : folderOf(files[0]);
	const title = messages.importing(files.length);
	let run = await runCommand(importArgs(files, outputDir), outputDir, title, [EXIT_EXISTS]);
	if (run?.exitCode === EXIT_EXISTS) {
		const choice = await vscode.window.showWarningMessage(messages.importExists(outputDir), messages.OVERWRITE);
		if (choice !== messages.OVERWRITE) {
			return;
		}
		run = await runCommand(importArgs(files, outputDir, true), outputDir, title);
	}
	if (run?.exitCode === EXIT_OK) {
		// the command line names each .perf file after its input
		const written = files.map((file) => path.join(outputDir, `${path.parse(file).name}.perf`)).filter((file) => fs.existsSync(file));
		if (written.length > 0) {
			await vscode.window.showTextDocument(vscode.Uri.file(written[0]));
		}
		void vscode.window.showInformationMessage(messages.imported(files.length, outputDir));
	}
}

/** 自评计分: the scores, total and grade of the self-evaluations in the given or the active .perf file. */
async function score(uri?: vscode.Uri): Promise<void> {
	const file = await perfFile(uri);
	if (!file) {
		void vscode.window.showWarningMessage(messages.NO_PERF_FILE);
		return;
	}
	await runCommand(scoreArgs(file), folderOf(file), messages.scoring(path.basename(file)));
}

/**
 * The .perf file a command is about: the one it was invoked on, else the active editor's. An open
 * document with unsaved changes is saved first: the command line reads the file.
 */
async function perfFile(uri?: vscode.Uri): Promise<string | undefined> {
	const document = uri
		? vscode.workspace.textDocuments.find((open) => open.uri.fsPath === uri.fsPath)
		: vscode.window.activeTextEditor?.document;
	const file = uri?.fsPath ?? (document?.languageId === 'perf' ? document.uri.fsPath : undefined);
	if (!file || !file.endsWith('.perf')) {
		return undefined;
	}
	if (document?.isDirty) {
		await document.save();
	}
	return file;
}

/** Runs jixiao ARGS in a folder with its output in the 绩效 Jixiao channel; says what went wrong. */
async function runCommand(args: string[], cwd: string, title: string, handled: number[] = []): Promise<CliRun | undefined> {
	const found = launcher();
	if (!found) {
		void offerSettings(vscode.window.showErrorMessage(messages.launcherNotFound(configuredPath()), messages.OPEN_SETTINGS));
		return undefined;
	}
	output.show(true);
	output.appendLine(`> ${found.command} ${args.join(' ')}`);
	const run = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () =>
		runCli(found, args, cwd, (line) => output.appendLine(line)));
	if (run.startError) {
		void offerSettings(vscode.window.showErrorMessage(messages.cannotRun(found.command, run.startError.message), messages.OPEN_SETTINGS));
	} else if (run.exitCode === EXIT_ERRORS) {
		void vscode.window.showErrorMessage(messages.sourceErrors());
	} else if (run.exitCode !== EXIT_OK && run.exitCode !== undefined && !handled.includes(run.exitCode)) {
		void vscode.window.showErrorMessage(messages.failed(run.exitCode));
	}
	return run;
}

/** The workspace folder holding a file, else the file's own folder (or the folder itself). */
function folderOf(file: string): string {
	const workspaceFolder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file));
	if (workspaceFolder) {
		return workspaceFolder.uri.fsPath;
	}
	return isDirectory(file) ? file : path.dirname(file);
}

function isDirectory(file: string): boolean {
	try {
		return fs.statSync(file).isDirectory();
	} catch {
		return false;
	}
}

function isTable(file: string): boolean {
	return TABLE_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase());
}
