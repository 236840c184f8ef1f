// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.builder.PerfNature;
import org.jixiao.dsl.ui.preferences.PerfPreferences;
import org.jixiao.dsl.ui.settings.PerfSettingsChanges;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;

/** .perf projects, the examples in them, their markers and generated forms. */
final class PerfWorkspaceTestSupport {

	private PerfWorkspaceTestSupport() {
	}

	/** A new project with the .perf nature (deleted first if a previous test left one). */
	static IProject perfProject(String name) throws CoreException {
		IProject project = PerfUiTestSupport.project(name);
		PerfNature.addTo(project, null);
		return project;
	}

	/** Copies the seed transcriptions (the examples, with notes on their seed lines) into the project root. */
	static List<IFile> copyExamples(IProject project) throws CoreException, IOException {
		List<IFile> files = new ArrayList<>();
		try (Stream<Path> examples = Files.list(PerfUiTestSupport.seedExamplesDir())) {
			for (Path example : examples.filter(p -> p.toString().endsWith(".perf")).sorted().toList()) {
				files.add(PerfUiTestSupport.file(project, example.getFileName().toString(),
						Files.readString(example, StandardCharsets.UTF_8)));
			}
		}
		return files;
	}

	static void write(IFile file, String text) throws CoreException {
		InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, true, null);
		} else {
			file.create(in, true, null);
		}
	}

	static List<IMarker> markers(IResource resource) throws CoreException {
		List<IMarker> markers = new ArrayList<>(
				Arrays.asList(resource.findMarkers(PerfIssueMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)));
		markers.sort(Comparator.comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, 0)));
		return markers;
	}

	/** "line severity code" of each marker, in line order: what an analyst reads in the Problems view. */
	static List<String> describe(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + " "
				+ severity(m.getAttribute(IMarker.SEVERITY, -1)) + " " + PerfIssueMarkers.code(m)).toList();
	}

	static String severity(int severity) {
		return switch (severity) {
		case IMarker.SEVERITY_ERROR -> "error";
		case IMarker.SEVERITY_WARNING -> "warning";
		case IMarker.SEVERITY_INFO -> "info";
		default -> "?" + severity;
		};
	}

	/** Names of the .xlsx files in a folder (none if it does not exist). */
	static List<String> xlsx(IContainer folder) throws CoreException {
		return withExtension(folder, "xlsx");
	}

	/** The Word documents of a folder (duty targets, self-evaluation report drafts), by name. */
	static List<String> docx(IContainer folder) throws CoreException {
		return withExtension(folder, "docx");
	}

	private static List<String> withExtension(IContainer folder, String extension) throws CoreException {
		if (!folder.exists()) {
			return List.of();
		}
		return Arrays.stream(folder.members()).filter(r -> extension.equals(r.getFileExtension())).map(IResource::getName)
				.sorted().toList();
	}

	/** Every cell text of every sheet, for checking what a generated workbook says. */
	static String cellTexts(IFile workbook) throws Exception {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(workbook.getLocation().toFile().toPath());
				Workbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	/** Switches automatic building on or off; returns the previous setting. */
	static boolean autoBuild(boolean on) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceDescription description = workspace.getDescription();
		boolean before = description.isAutoBuilding();
		description.setAutoBuilding(on);
		workspace.setDescription(description);
		return before;
	}

	/** Waits until the settings listener has passed the last preference change on to editors and builds. */
	static void settingsApplied() throws InterruptedException {
		Job.getJobManager().join(PerfSettingsChanges.FAMILY, null);
	}

	/** Removes the workspace preferences a test set and waits until editors and builds follow. */
	static void resetPreferences() throws Exception {
		IEclipsePreferences node = PerfPreferences.node();
		node.clear();
		node.flush();
		settingsApplied();
	}

	/** Waits for automatic builds (and the jobs they trigger) to finish. */
	static void joinAutoBuild() throws InterruptedException {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
	}
}
