// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.log4j.Logger;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.texteditor.TextEditorAction;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.ide.folding.PerfFoldingRegions;
import org.jixiao.dsl.ui.highlighting.PerfStylePosition;
import org.jixiao.dsl.ui.highlighting.PerfTokenClasses;
import org.jixiao.dsl.ui.outline.PerfOutlinePage;
import org.jixiao.dsl.ui.reconciler.PerfDocumentValidator;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;
import org.jixiao.dsl.ui.reconciler.PerfReconcileListener;
import org.jixiao.dsl.ui.reconciler.PerfReconcileResult;

/**
 * The editor of {@code .perf} files: the platform's text editor bridged to the language's
 * IDE-neutral services. The document's live resource ({@link PerfLiveResource}) follows every
 * edit; after a pause the reconciler validates it and the editor shows problems, semantic colours,
 * folding and the outline of that state of the text.
 */
public class PerfEditor extends TextEditor implements PerfReconcileListener {

	private static final Logger LOG = Logger.getLogger(PerfEditor.class);

	/** Id under which the editor is registered (plugin.xml), bound to content type {@code org.jixiao.dsl.perf}. */
	public static final String ID = "org.jixiao.dsl.ui.PerfEditor";

	/** Content type of {@code .perf} files. */
	public static final String CONTENT_TYPE_ID = "org.jixiao.dsl.perf";

	/** Key binding context of the editor (child of the text editor context). */
	public static final String EDITOR_SCOPE = "org.jixiao.dsl.ui.perfEditorScope";

	/** Commands of the editor (plugin.xml binds Ctrl+Shift+F and Ctrl+/). */
	public static final String FORMAT_COMMAND = "org.jixiao.dsl.ui.format";
	public static final String TOGGLE_COMMENT_COMMAND = "org.jixiao.dsl.ui.toggleComment";

	/** Action ids of the editor. */
	public static final String FORMAT_ACTION = "Format";
	public static final String TOGGLE_COMMENT_ACTION = "ToggleComment";
	public static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";

	static final String MATCHING_BRACKETS = "org.jixiao.dsl.ui.matchingBrackets";
	static final String MATCHING_BRACKETS_COLOR = "org.jixiao.dsl.ui.matchingBracketsColor";

	private static final ResourceBundle ACTIONS = ResourceBundle.getBundle("org.jixiao.dsl.ui.editor.actions");

	private final PerfDocumentValidator validator = new PerfDocumentValidator(PerfUiInjector.get());
	private final PerfTokenClasses tokenClasses = new PerfTokenClasses(PerfUiInjector.get());
	private final IDocumentListener recorder = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// the edit is recorded once it is made
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			PerfLiveResource resource = live;
			if (resource != null) {
				resource.edited(event.getOffset(), event.getLength(), event.getText());
			}
		}
	};

	private volatile PerfLiveResource live;
	private IDocument connected;
	private PerfOutlinePage outline;
	private ProjectionSupport projectionSupport;
	private List<Annotation> problems = List.of();
	private volatile PerfReconcileResult shown;
	private volatile long reconcileCount;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setDocumentProvider(PerfDocumentProvider.shared());
		setSourceViewerConfiguration(new PerfSourceViewerConfiguration(this));
		IPreferenceStore own = PerfUiPlugin.getDefault().getPreferenceStore();
		own.setDefault(MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(own, MATCHING_BRACKETS_COLOR, new RGB(127, 0, 85));
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() }));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { EDITOR_SCOPE });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		connect(input);
	}

	private void connect(IEditorInput input) {
		IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(input);
		if (document == connected) {
			return;
		}
		if (connected != null) {
			connected.removeDocumentListener(recorder);
		}
		connected = document;
		live = null;
		if (document != null) {
			PerfPartitions.install(document);
			live = new PerfLiveResource(PerfUiInjector.get(), uriOf(input), document.get(), siblings(input));
			live.catchUpInBackground(true);
			document.addDocumentListener(recorder);
		}
	}

	private static URI uriOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
		}
		if (input instanceof IURIEditorInput uriInput) {
			return URI.createURI(uriInput.getURI().toString());
		}
		return URI.createURI("memory:/" + input.getName());
	}

	/** The other .perf files of the project: frameworks and library entries declared there are visible here. */
	private static Map<URI, String> siblings(IEditorInput input) {
		Map<URI, String> result = new LinkedHashMap<>();
		if (!(input instanceof IFileEditorInput fileInput)) {
			return result;
		}
		IFile self = fileInput.getFile();
		try {
			self.getProject().accept(resource -> {
				if (resource instanceof IFile file && "perf".equals(file.getFileExtension()) && !file.equals(self)) {
					try (InputStream in = file.getContents(true)) {
						result.put(URI.createPlatformResourceURI(file.getFullPath().toString(), true),
								new String(in.readAllBytes(), Charset.forName(file.getCharset())));
					} catch (IOException | CoreException e) {
						// an unreadable file is reported by the builder; the editor just does not see it
						LOG.warn(e.getMessage(), e);
					}
				}
				return resource.getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			// a closed project: no siblings
		}
		return result;
	}

	/** The live resource of the document (content assist, hover, quick fixes and the reconciler read it). */
	public PerfLiveResource liveResource() {
		return live;
	}

	/** The annotation model of the document (problems, markers), or {@code null} before the input is set. */
	public IAnnotationModel annotationModel() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	/** The result the editor shows (problems, styles, folding, outline), or {@code null} before the first reconcile. */
	public PerfReconcileResult shownResult() {
		return shown;
	}

	/** The editor's text viewer. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The configuration the viewer was set up with (content assist, quick fixes, hover …). */
	public PerfSourceViewerConfiguration configuration() {
		return (PerfSourceViewerConfiguration) getSourceViewerConfiguration();
	}

	/** How many reconciles the editor has shown (tests wait for it to grow). */
	public long reconcileCount() {
		return reconcileCount;
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(event -> followCursor());
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '<', '>' }, PerfPartitions.PARTITIONING));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(ACTIONS, CONTENT_ASSIST_ACTION + ".", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction(CONTENT_ASSIST_ACTION, assist);
		markAsStateDependentAction(CONTENT_ASSIST_ACTION, true);

		TextOperationAction format = new TextOperationAction(ACTIONS, FORMAT_ACTION + ".", this, ISourceViewer.FORMAT);
		format.setActionDefinitionId(FORMAT_COMMAND);
		setAction(FORMAT_ACTION, format);
		markAsStateDependentAction(FORMAT_ACTION, true);

		TextEditorAction toggle = new TextEditorAction(ACTIONS, TOGGLE_COMMENT_ACTION + ".", this) {
			@Override
			public void run() {
				toggleComment();
			}
		};
		toggle.setActionDefinitionId(TOGGLE_COMMENT_COMMAND);
		setAction(TOGGLE_COMMENT_ACTION, toggle);
		markAsStateDependentAction(TOGGLE_COMMENT_ACTION, true);

		if (getAction(ITextEditorActionConstants.QUICK_ASSIST) == null) {
			TextOperationAction quickAssist = new TextOperationAction(ACTIONS, "QuickAssist.", this, ISourceViewer.QUICK_ASSIST);
			quickAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
			setAction(ITextEditorActionConstants.QUICK_ASSIST, quickAssist);
		}
	}

	/** Toggles {@code //} on the selected lines (Ctrl+/). */
	public void toggleComment() {
		if (!isEditable() || !(getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		try {
			PerfToggleComment.toggle(getDocumentProvider().getDocument(getEditorInput()), selection.getOffset(),
					selection.getLength());
		} catch (BadLocationException e) {
			// a selection outside the document: nothing to toggle
		}
	}

	void reportSyntaxErrorsBeforeFormat() {
		if (getEditorSite() != null && getEditorSite().getActionBars() != null) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Format_syntaxErrors);
		}
	}

	@SuppressWarnings("unchecked")
	@Override
	public <T> T getAdapter(Class<T> type) {
		if (IContentOutlinePage.class.equals(type)) {
			if (outline == null) {
				outline = new PerfOutlinePage((offset, length) -> selectAndReveal(offset, length));
				PerfReconcileResult result = shown;
				if (result != null) {
					outline.update(result.outline());
				}
			}
			return (T) outline;
		}
		return super.getAdapter(type);
	}

	// ------------------------------------------------------------------ reconcile

	@Override
	public void reconcile(IProgressMonitor monitor) {
		PerfLiveResource resource = live;
		if (resource == null) {
			return;
		}
		CancelIndicator cancel = () -> monitor.isCanceled() || resource.hasPendingEdits() || live != resource;
		// the changed elements' problems first, then the whole document's (docs/design.md, editor)
		PerfReconcileResult.Quick quick = PerfReconcileResult.quick(resource, validator, shown, cancel);
		if (quick != null) {
			Display display = displayOf(getSourceViewer());
			if (display == null) {
				return;
			}
			display.asyncExec(() -> showQuick(resource, quick));
		}
		PerfReconcileResult result = PerfReconcileResult.compute(resource, validator, tokenClasses, cancel);
		Display display = displayOf(getSourceViewer());
		if (result == null || display == null) {
			return;
		}
		display.asyncExec(() -> show(resource, result));
	}

	/** Checks the text again in the background (the settings that judge it changed). */
	public void revalidate() {
		Job job = Job.create("绩效：重新检查 / checking again", this::reconcile);
		job.setSystem(true);
		job.schedule();
	}

	private static Display displayOf(ISourceViewer viewer) {
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return null;
		}
		return viewer.getTextWidget().getDisplay();
	}

	/** The quick problems, while the complete result is computed: problems only, styles and the rest follow. */
	private void showQuick(PerfLiveResource resource, PerfReconcileResult.Quick quick) {
		ISourceViewer viewer = getSourceViewer();
		if (live != resource || resource.hasPendingEdits() || resource.version() != quick.version() || viewer == null
				|| viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		PerfReconcileResult current = shown;
		if (current != null && current.version() == quick.version()) {
			return; // the complete result of this state is already shown
		}
		showProblems(quick.issues());
	}

	private void show(PerfLiveResource resource, PerfReconcileResult result) {
		ISourceViewer viewer = getSourceViewer();
		if (live != resource || resource.hasPendingEdits() || resource.version() != result.version() || viewer == null
				|| viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return; // the text changed since: the next reconcile shows that state
		}
		showProblems(result.issues());
		showStyles(viewer, result.styles());
		showFolding(result.foldingRegions());
		if (outline != null) {
			outline.update(result.outline());
			followCursor();
		}
		shown = result;
		reconcileCount++;
	}

	private void showProblems(List<Issue> issues) {
		IAnnotationModel model = annotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() != null && issue.getLength() != null) {
				added.put(new PerfProblemAnnotation(issue), new Position(issue.getOffset(), issue.getLength()));
			}
		}
		// the editor checks the text as typed: its problems replace the builder's markers of the saved file
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation marker && isOurs(marker.getMarker())) {
				marker.markDeleted(true);
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(problems.toArray(Annotation[]::new), added);
		} else {
			problems.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		problems = new ArrayList<>(added.keySet());
	}

	private static boolean isOurs(IMarker marker) {
		try {
			return marker.exists() && marker.isSubtypeOf(PerfIssueMarkers.MARKER_TYPE);
		} catch (CoreException e) {
			// the marker was deleted after exists() (the builder replaced it): not one to show
			return false;
		}
	}

	/** Puts the semantic styles into the document and recolours the span where they changed. */
	private void showStyles(ISourceViewer viewer, List<PerfTokenClasses.Token> styles) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return;
		}
		try {
			if (!document.containsPositionCategory(PerfStylePosition.CATEGORY)) {
				document.addPositionCategory(PerfStylePosition.CATEGORY);
				document.addPositionUpdater(new DefaultPositionUpdater(PerfStylePosition.CATEGORY));
			}
			Position[] old = document.getPositions(PerfStylePosition.CATEGORY);
			int first = 0;
			while (first < old.length && first < styles.size() && same(old[first], styles.get(first))) {
				first++;
			}
			if (first == old.length && first == styles.size()) {
				return;
			}
			int lastOld = old.length - 1;
			int lastNew = styles.size() - 1;
			while (lastOld >= first && lastNew >= first && same(old[lastOld], styles.get(lastNew))) {
				lastOld--;
				lastNew--;
			}
			int start = Integer.MAX_VALUE;
			int end = -1;
			for (int i = first; i <= lastOld; i++) {
				start = Math.min(start, old[i].getOffset());
				end = Math.max(end, old[i].getOffset() + old[i].getLength());
			}
			for (int i = first; i <= lastNew; i++) {
				start = Math.min(start, styles.get(i).offset());
				end = Math.max(end, styles.get(i).offset() + styles.get(i).length());
			}
			document.removePositionCategory(PerfStylePosition.CATEGORY);
			document.addPositionCategory(PerfStylePosition.CATEGORY);
			for (PerfTokenClasses.Token style : styles) {
				document.addPosition(PerfStylePosition.CATEGORY,
						new PerfStylePosition(style.offset(), style.length(), style.styleClass()));
			}
			if (end > start && viewer instanceof ITextViewerExtension2 extension) {
				extension.invalidateTextPresentation(start, Math.min(end, document.getLength()) - start);
			}
		} catch (BadPositionCategoryException | BadLocationException e) {
			// styles of another state of the text: the next reconcile brings them in line
		}
	}

	private static boolean same(Position position, PerfTokenClasses.Token style) {
		return position instanceof PerfStylePosition p && !p.isDeleted() && p.getOffset() == style.offset()
				&& p.getLength() == style.length() && p.styleClass().equals(style.styleClass());
	}

	private void showFolding(List<PerfFoldingRegions.Region> regions) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Map<PerfFoldingRegions.Region, Annotation> existing = new HashMap<>();
		List<Annotation> deleted = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			PerfFoldingRegions.Region key = position == null ? null
					: new PerfFoldingRegions.Region(position.getOffset(), position.getLength());
			if (key == null || !regions.contains(key) || existing.containsKey(key)) {
				deleted.add(annotation);
			} else {
				existing.put(key, annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (PerfFoldingRegions.Region region : regions) {
			if (!existing.containsKey(region)) {
				added.put(new ProjectionAnnotation(), new Position(region.offset(), region.length()));
			}
		}
		if (!deleted.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
		}
	}

	private void followCursor() {
		ISourceViewer viewer = getSourceViewer();
		if (outline != null && viewer != null) {
			outline.follow(viewer.getSelectedRange().x);
		}
	}

	@Override
	public void dispose() {
		if (connected != null) {
			connected.removeDocumentListener(recorder);
			connected = null;
		}
		live = null;
		if (projectionSupport != null) {
			projectionSupport.dispose();
		}
		super.dispose();
	}
}
