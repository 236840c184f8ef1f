// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.Form;
import org.jixiao.model.Goal;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.Value;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Imports for tests: seeds and texts through the public importer API with the injected services,
 * results parsed as the editor would.
 */
public class PerfImportSupport {

	@Inject
	private Injector injector;

	@Inject
	private PerfTestResources resources;

	private PerfTableImporter importer;

	public PerfTableImporter importer() {
		if (importer == null) {
			importer = new PerfTableImporter(injector);
		}
		return importer;
	}

	/** An importer of its own, for settings (--year, column choices) that must not carry over to other tests. */
	public PerfTableImporter newImporter() {
		return new PerfTableImporter(injector);
	}

	public static Path seed(String prefix) {
		return PerfTestSupport.seed(prefix);
	}

	/** Imports a seed file as the command line does (bytes, encoding detected). */
	public PerfImportResult importSeed(String prefix, Integer year) {
		try {
			Path file = seed(prefix);
			return new PerfTableImporter(injector).withYear(year).importBytes(Files.readAllBytes(file),
					file.getFileName().toString());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public PerfImportResult importText(String text) {
		return importer().importText(text, "test.txt");
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The imported .perf parsed and linked in a fresh resource set. */
	public XtextResource parse(PerfImportResult result) {
		XtextResource resource = resources.load(resources.newResourceSet(), "imported.perf", result.perfText());
		resources.issues(resource);
		return resource;
	}

	public static List<Form> forms(XtextResource resource) {
		List<Form> forms = new ArrayList<>();
		for (DocumentElement element : PerfTestSupport.document(resource).getElements()) {
			if (element instanceof Form form) {
				forms.add(form);
			}
		}
		return forms;
	}

	public static PerfDocument document(XtextResource resource) {
		return PerfTestSupport.document(resource);
	}

	public static List<Goal> goals(Form form) {
		return org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(form, Goal.class);
	}

	/**
	 * A value as written in the imported .perf, compared with the seed's cell: the source text
	 * without spaces, a quoted text without its quotes.
	 */
	public static String written(Value value) {
		if (value == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(value);
		String text = NodeModelUtils.getTokenText(node).replaceAll("\\s+", "");
		int quote = text.indexOf('"');
		if (quote >= 0 && text.endsWith("\"")) {
			text = text.substring(0, quote) + text.substring(quote + 1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		return text;
	}
}
