// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.serializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.StringInputStream;
import org.jixiao.dsl.serializer.PerfComments.Comment;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.ReviewOpinion;
import org.jixiao.model.PerfDocument;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The one way to write .perf text from a model (importer, {@code selfeval new}, {@code library
 * extract}): Xtext's serializer writes the model, its value converters quote names and text where
 * the grammar needs it, and {@code PerfFormatter} lays the text out. Comments, which the model has no
 * place for, are then inserted beside their elements (see {@link PerfComments}).
 *
 * <p>A goal with a quoted name and no content gets an empty content, as the grammar reads a single
 * quoted text as the content ({@code goal "目标（一）" ""}).
 *
 * <p>A document that is not in a resource is put in a scratch one of a new resource set, so that its
 * references to the shipped frameworks resolve to names; a document already in a resource set (for
 * example beside the declaration a self-evaluation is drawn from) is written there.
 */
public class PerfWriter {

	private static final AtomicInteger SCRATCH = new AtomicInteger();

	@Inject
	private ISerializer serializer;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IValueConverterService converters;

	/**
	 * Whether the text can stand as a word (a name of the grammar: one ID, no keyword), as the
	 * serializer decides; otherwise it is written as quoted text.
	 */
	public boolean isWord(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		try {
			converters.toString(text, "Name");
			return true;
		} catch (RuntimeException e) {
			return false;
		}
	}

	/** A single quoted text after goal is its content: a quoted name needs a (maybe empty) content after it. */
	private void completeQuotedGoalNames(PerfDocument document) {
		for (Goal goal : EcoreUtil2.getAllContentsOfType(document, Goal.class)) {
			if (goal.getName() != null && goal.getText() == null && !isWord(goal.getName())) {
				goal.setText("");
			}
		}
	}

	/** The document's text in the project's layout. */
	public String write(PerfDocument document) {
		return write(document, new PerfComments());
	}

	/** The document's text in the project's layout, with the comments beside their elements. */
	public String write(PerfDocument document, PerfComments comments) {
		return write(document, comments, resourceSets.get());
	}

	/**
	 * As {@link #write(PerfDocument, PerfComments)}; a document outside any resource is written in a
	 * scratch resource of {@code resourceSet} (removed again afterwards).
	 */
	public String write(PerfDocument document, PerfComments comments, ResourceSet resourceSet) {
		Resource scratch = null;
		if (document.eResource() == null) {
			scratch = scratch(resourceSet);
			scratch.getContents().add(document);
		}
		try {
			completeQuotedGoalNames(document);
			String text = serializer.serialize(document, SaveOptions.newBuilder().format().getOptions());
			return comments.isEmpty() ? text : withComments(document, text, comments);
		} finally {
			if (scratch != null) {
				scratch.getContents().remove(document);
				scratch.getResourceSet().getResources().remove(scratch);
			}
		}
	}

	/**
	 * The text of a document with review comments (审核意见) added at the end of forms' blocks: each
	 * form's new comments are written by {@link #write(PerfDocument)} (in a scratch form, so they get
	 * the project's layout) and inserted before the form's closing {@code >}, indented as the form's
	 * content. The rest of the text, its layout and comments, stays as the author wrote it. The forms
	 * must have been read from {@code text} (they carry its node model); the comments are not added to
	 * them.
	 */
	public String withOpinions(String text, Map<GoalForm, List<ReviewOpinion>> additions) {
		List<Replacement> replacements = new ArrayList<>();
		for (Map.Entry<GoalForm, List<ReviewOpinion>> entry : additions.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			INode node = NodeModelUtils.findActualNodeFor(entry.getKey());
			ILeafNode close = null;
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					close = leaf;
				}
			}
			if (close == null || !">".equals(close.getText())) {
				throw new IllegalArgumentException("form without a closing '>'");
			}
			int lineStart = text.lastIndexOf('\n', close.getOffset() - 1) + 1;
			String indent = indentation(text, lineStart);
			String lines = reindent(opinionLines(entry.getValue()), indent + "\t");
			if (text.substring(lineStart, close.getOffset()).isBlank()) {
				replacements.add(new Replacement(lineStart, lineStart, lines));
			} else {
				// the form closes on a line with other text: the comments start a line, and the form closes on its own
				int end = close.getOffset();
				while (end > lineStart && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
					end--;
				}
				replacements.add(new Replacement(end, close.getOffset(), "\n" + lines + indent));
			}
		}
		replacements.sort(Comparator.comparingInt(Replacement::start));
		StringBuilder result = new StringBuilder(text);
		for (int i = replacements.size() - 1; i >= 0; i--) {
			Replacement r = replacements.get(i);
			result.replace(r.start(), r.end(), r.text());
		}
		return result.toString();
	}

	private record Replacement(int start, int end, String text) {
	}

	/** The comments as written inside a form: one level of indentation, a line break after each line. */
	private String opinionLines(List<ReviewOpinion> opinions) {
		PerfDocument document = PerfFactory.eINSTANCE.createPerfDocument();
		ProjectTable scratch = PerfFactory.eINSTANCE.createProjectTable();
		scratch.setCode("");
		scratch.setName("");
		scratch.getOpinions().addAll(EcoreUtil.copyAll(opinions));
		document.getElements().add(scratch);
		List<String> lines = new ArrayList<>(List.of(write(document).split("\\R")));
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		// between the scratch form's first line (project "" "" <) and its last (>)
		return String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
	}

	/** Lines indented by one tab (as the formatter writes a form's content) indented by {@code indent} instead. */
	private static String reindent(String lines, String indent) {
		StringBuilder result = new StringBuilder();
		for (String line : lines.split("\n")) {
			result.append(line.isEmpty() ? "" : indent + (line.startsWith("\t") ? line.substring(1) : line)).append('\n');
		}
		return result.toString();
	}

	private XtextResource scratch(ResourceSet resourceSet) {
		XtextResource resource = (XtextResource) resourceFactory
				.createResource(URI.createURI("synthetic:/perf-writer-" + SCRATCH.incrementAndGet() + ".perf"));
		resourceSet.getResources().add(resource);
		return resource;
	}

	/**
	 * Inserts the comments: the written text is read back (the same model, so each element is found by
	 * its containment path) to learn where each element's text starts.
	 */
	private String withComments(PerfDocument document, String text, PerfComments comments) {
		ResourceSet resourceSet = document.eResource().getResourceSet() != null ? document.eResource().getResourceSet()
				: resourceSets.get();
		XtextResource written = scratch(resourceSet);
		try {
			written.load(new StringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			if (!written.getErrors().isEmpty() || written.getContents().isEmpty()) {
				throw new IllegalStateException("written .perf text does not read back: " + written.getErrors());
			}
			EObject root = written.getContents().get(0);
			List<Insertion> insertions = new ArrayList<>();
			for (Comment comment : comments.all()) {
				String path = comment.element() == document ? "" : EcoreUtil.getRelativeURIFragmentPath(document, comment.element());
				EObject element = path.isEmpty() ? root : EcoreUtil.getEObject(root, path);
				insertions.add(insertion(text, element, comment));
			}
			StringBuilder result = new StringBuilder(text);
			// inserted from the end, so that earlier offsets stay valid; at one offset the comments at the top of a
			// block come before those on the element that follows, and otherwise keep their order
			insertions.sort(Comparator.comparingInt(Insertion::offset).thenComparing(i -> !i.inside()));
			for (int i = insertions.size() - 1; i >= 0; i--) {
				result.insert(insertions.get(i).offset(), insertions.get(i).text());
			}
			return result.toString();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} finally {
			resourceSet.getResources().remove(written);
		}
	}

	private record Insertion(int offset, String text, boolean inside) {
	}

	private static Insertion insertion(String text, EObject element, Comment comment) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null || element.eContainer() == null && comment.place() == PerfComments.Place.BEFORE) {
			return new Insertion(0, lines(comment.text(), ""), false);
		}
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		String indent = indentation(text, lineStart);
		if (comment.place() == PerfComments.Place.BEFORE) {
			return new Insertion(lineStart, lines(comment.text(), indent), false);
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "<".equals(leaf.getText())) {
				int lineEnd = text.indexOf('\n', leaf.getEndOffset());
				int at = lineEnd < 0 ? text.length() : lineEnd + 1;
				return new Insertion(at, lines(comment.text(), indent + "\t"), true);
			}
		}
		return new Insertion(lineStart, lines(comment.text(), indent), false);
	}

	private static String indentation(String text, int lineStart) {
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	private static String lines(String comment, String indent) {
		StringBuilder lines = new StringBuilder();
		for (String line : comment.split("\\R", -1)) {
			lines.append(indent).append(line.isBlank() ? "//" : "// " + line).append('\n');
		}
		return lines.toString();
	}
}
