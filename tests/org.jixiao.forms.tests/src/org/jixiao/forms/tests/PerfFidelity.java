// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Category;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;

import com.google.inject.Inject;

/**
 * Loads a transcription of a seed (seed-examples/) with the injected services, generates its
 * workbooks and names the category labels it uses.
 */
public class PerfFidelity {

	@Inject
	private PerfTestResources resources;

	public PerfDocument load(String example) {
		XtextResource resource = resources.loadSeedExample(example);
		resources.issues(resource); // links everything
		return PerfTestSupport.document(resource);
	}

	public PerfDocument loadFile(Path file) {
		XtextResource resource = resources.loadFile(file);
		resources.issues(resource);
		return PerfTestSupport.document(resource);
	}

	public static List<PerfWorkbook> plan(PerfDocument document) {
		return plan(document, null);
	}

	/** The workbooks, {@code layout} used for forms that name none (as {@code generate --layout}). */
	public static List<PerfWorkbook> plan(PerfDocument document, String layout) {
		return new PerfFormGenerator(PerfLayouts.builtin()).plan(document, layout);
	}

	public static byte[] bytes(PerfWorkbook workbook) {
		try {
			return new PerfFormGenerator(PerfLayouts.builtin()).bytes(workbook);
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Titles, names and synonyms (with and without 指标) of the categories the document's indicators use. */
	public static Set<String> categoryLabels(PerfDocument document) {
		Set<String> labels = new HashSet<>();
		for (java.util.Iterator<EObject> it = document.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Indicator indicator && indicator.getCategory() != null) {
				add(labels, indicator.getCategory());
				if (indicator.getCategory().eContainer() instanceof Category level1) {
					add(labels, level1);
				}
			}
		}
		return labels;
	}

	private static void add(Set<String> labels, Category category) {
		for (String name : concat(category.getName(), category.getTitle(), category.getAliases())) {
			if (name != null) {
				labels.add(PerfSeedText.normalize(name));
				labels.add(PerfSeedText.normalize(name.endsWith("指标") ? name : name + "指标"));
			}
		}
	}

	private static List<String> concat(String name, String title, List<String> aliases) {
		List<String> all = new java.util.ArrayList<>(aliases);
		all.add(name);
		all.add(title);
		return all;
	}
}
