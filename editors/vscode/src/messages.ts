// SPDX-License-Identifier: EPL-2.0
// What the extension tells the user: Chinese first, English beside it, as the command line does.
// (The manifest's texts are in package.nls.json and package.nls.zh-cn.json.)

export const OUTPUT_CHANNEL = '绩效 Jixiao';

export const OPEN_SETTINGS = '打开设置 Open Settings';
export const SHOW_OUTPUT = '查看输出 Show Output';
export const OVERWRITE = '覆盖 Overwrite';

export function launcherNotFound(configured: string): string {
	return configured.trim()
		? `找不到 Jixiao 命令行：设置 jixiao.path 指向的“${configured}”不存在。请改正该设置。 `
			+ `(Jixiao command line not found: jixiao.path names "${configured}", which does not exist.)`
		: '找不到 Jixiao 命令行：工作区中没有 ./jixiao，PATH 中也没有 jixiao。请安装 Jixiao，或在设置 jixiao.path 中写出它的位置。 '
			+ '(Jixiao command line not found: no ./jixiao in the workspace and no jixiao on PATH; install Jixiao or set jixiao.path.)';
}

export function serverNotStarted(launcherNotFoundText: string): string {
	return `${launcherNotFoundText} 语言服务器未启动。 (The language server was not started.)`;
}

export function serverFailed(command: string, reason: string): string {
	return `无法启动 Jixiao 语言服务器（${command} lsp）：${reason}。请检查设置 jixiao.path；详细信息在输出窗口“${OUTPUT_CHANNEL}”中。 `
		+ `(Cannot start the Jixiao language server (${command} lsp): ${reason}. Check the jixiao.path setting; details are in the ${OUTPUT_CHANNEL} output.)`;
}

export function cannotRun(command: string, reason: string): string {
	return `无法运行 Jixiao 命令行（${command}）：${reason}。请检查设置 jixiao.path。 `
		+ `(Cannot run the Jixiao command line (${command}): ${reason}. Check the jixiao.path setting.)`;
}

export function sourceErrors(): string {
	return `源文件有错误，没有写入任何文件；错误列在输出窗口“${OUTPUT_CHANNEL}”中。 `
		+ `(The sources have errors and nothing was written; they are listed in the ${OUTPUT_CHANNEL} output.)`;
}

export function failed(exitCode: number): string {
	return `Jixiao 命令行以退出码 ${exitCode} 结束；详细信息在输出窗口“${OUTPUT_CHANNEL}”中。 `
		+ `(The Jixiao command line ended with exit code ${exitCode}; see the ${OUTPUT_CHANNEL} output.)`;
}

export const NO_PERF_FILE = '请先打开或选择一个 .perf 文件。 (Open or select a .perf file first.)';
export const NO_TARGET = '请先打开一个 .perf 文件或工作区文件夹。 (Open a .perf file or a workspace folder first.)';

export function generating(target: string): string {
	return `正在生成报表：${target} (generating forms)`;
}

export function generated(outputDir: string): string {
	return `报表已生成到 ${outputDir}。 (Forms written to ${outputDir}.)`;
}

export const TABLE_FILTER = '表格 Tables (.xlsx, .xls, .txt)';
export const IMPORT_LABEL = '导入 Import';

export function importing(count: number): string {
	return `正在导入 ${count} 个表格 (importing ${count} table(s))`;
}

export function importExists(outputDir: string): string {
	return `${outputDir} 中已有同名的 .perf 文件，没有覆盖。要覆盖吗？ (A .perf file of the same name already exists in ${outputDir} and was kept. Overwrite it?)`;
}

export function imported(count: number, outputDir: string): string {
	return `已导入 ${count} 个表格到 ${outputDir}；需要核对之处列在输出窗口“${OUTPUT_CHANNEL}”中。 `
		+ `(Imported ${count} table(s) into ${outputDir}; what to check is listed in the ${OUTPUT_CHANNEL} output.)`;
}

export function scoring(file: string): string {
	return `正在计分：${file} (scoring)`;
}
