// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;

/**
 * What the import wizard does, without widgets: imports every chosen file with
 * {@link PerfTableImporter#importFile(java.nio.file.Path, String)}, names a {@code .perf} file in the target
 * folder for each one without errors, and writes those files. An existing file is never replaced:
 * the import takes the next free name ({@code 表-2.perf}), which the report page shows before
 * anything is written (the existing file may hold the analyst's edits). A file whose columns the
 * analyst corrected is imported again with those corrections ({@link #withChoice}).
 */
public final class PerfImportPlan {

	/**
	 * One chosen file: its import result, the analyst's corrections of its columns it was imported
	 * with, and, when it imported without errors, the file it goes to.
	 */
	public record Entry(Path source, PerfImportResult result, List<PerfColumnChoice> choices, IFile target) {

		public boolean importable() {
			return target != null;
		}
	}

	private final IContainer folder;
	private final Integer year;
	private final List<Entry> entries;

	private PerfImportPlan(IContainer folder, Integer year, List<Entry> entries) {
		this.folder = folder;
		this.year = year;
		this.entries = entries;
	}

	/** Imports the files (nothing is written yet); {@code year} is used for forms that print none. */
	public static PerfImportPlan run(List<Path> files, IContainer folder, Integer year, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, PerfImportMessages.importing, files.size() + 1);
		PerfTableImporter importer = new PerfTableImporter(PerfUiInjector.get()).withYear(year);
		progress.split(1);
		List<Entry> entries = new ArrayList<>();
		for (Path file : files) {
			progress.split(1).subTask(file.getFileName().toString());
			entries.add(new Entry(file, importOne(importer, file), List.of(), null));
		}
		return new PerfImportPlan(folder, year, named(folder, entries));
	}

	/**
	 * The plan with one file imported again, its column {@code choice} added to the corrections made
	 * before (the analyst corrected a column on the report page); the other files stay as they were read.
	 */
	public PerfImportPlan withChoice(int entry, PerfColumnChoice choice, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, PerfImportMessages.importing, 2);
		Entry old = entries.get(entry);
		List<PerfColumnChoice> choices = PerfColumnChoices.with(old.choices(), choice);
		PerfTableImporter importer = new PerfTableImporter(PerfUiInjector.get()).withYear(year).withColumnChoices(choices);
		progress.split(1).subTask(old.source().getFileName().toString());
		List<Entry> now = new ArrayList<>(entries);
		now.set(entry, new Entry(old.source(), importOne(importer, old.source()), choices, null));
		progress.split(1);
		return new PerfImportPlan(folder, year, named(folder, now));
	}

	/** The entries with the file each one without errors goes to, in the order of the files. */
	private static List<Entry> named(IContainer folder, List<Entry> entries) {
		Set<IPath> taken = new HashSet<>();
		List<Entry> named = new ArrayList<>();
		for (Entry entry : entries) {
			IFile target = entry.result().hasErrors() ? null : freeName(folder, entry.source(), taken);
			named.add(new Entry(entry.source(), entry.result(), entry.choices(), target));
		}
		return List.copyOf(named);
	}

	private static PerfImportResult importOne(PerfTableImporter importer, Path file) {
		String name = file.getFileName().toString();
		try {
			return importer.importFile(file, name);
		} catch (RuntimeException e) {
			// the importer reports bad input itself; anything else still ends as a report line, not a stack trace
			return failed(name, "导入失败：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
	}

	private static PerfImportResult failed(String name, String message) {
		return new PerfImportResult("", List.of(new PerfImportNote(PerfImportNote.Severity.ERROR, name, 1, 1, null, message)),
				List.of(), null);
	}

	/** {@code 表.perf}, else {@code 表-2.perf}, {@code 表-3.perf} …: a name neither in the folder nor taken by this import. */
	static IFile freeName(IContainer folder, Path source, Set<IPath> taken) {
		String name = source.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		IFile target = folder.getFile(IPath.fromPortableString(stem + ".perf"));
		for (int i = 2; target.exists() || !taken.add(target.getFullPath()); i++) {
			target = folder.getFile(IPath.fromPortableString(stem + "-" + i + ".perf"));
		}
		return target;
	}

	public List<Entry> entries() {
		return entries;
	}

	public IContainer folder() {
		return folder;
	}

	/** The entries that will be written. */
	public List<Entry> importable() {
		return entries.stream().filter(Entry::importable).toList();
	}

	/**
	 * Creates the .perf files of the entries without errors (the folder too if needed) and returns
	 * them. A file that appeared since the report was shown is not replaced either: the next free
	 * name is taken.
	 */
	public List<IFile> write(IProgressMonitor monitor) throws CoreException {
		List<Entry> toWrite = importable();
		SubMonitor progress = SubMonitor.convert(monitor, PerfImportMessages.writing, toWrite.size() + 1);
		PerfImportFolders.create(folder, progress.split(1));
		List<IFile> written = new ArrayList<>();
		Set<IPath> taken = new HashSet<>();
		for (Entry entry : toWrite) {
			IFile target = entry.target();
			if (target.exists() || !taken.add(target.getFullPath())) {
				target = freeName(folder, entry.source(), taken);
			}
			byte[] text = entry.result().perfText().getBytes(StandardCharsets.UTF_8);
			target.create(new ByteArrayInputStream(text), false, progress.split(1));
			written.add(target);
		}
		return written;
	}
}
