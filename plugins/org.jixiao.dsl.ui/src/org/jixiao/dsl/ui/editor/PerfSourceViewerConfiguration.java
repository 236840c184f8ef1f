// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.formatter.IContentFormatter;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.contentassist.PerfContentAssistProcessor;
import org.jixiao.dsl.ui.contentassist.PerfProposalComputer;
import org.jixiao.dsl.ui.highlighting.PerfStyles;
import org.jixiao.dsl.ui.highlighting.PerfTokenClasses;
import org.jixiao.dsl.ui.highlighting.PerfTokenScanner;
import org.jixiao.dsl.ui.hover.PerfHoverText;
import org.jixiao.dsl.ui.hover.PerfTextHover;
import org.jixiao.dsl.ui.popup.PerfInformationControl;
import org.jixiao.dsl.ui.quickfix.PerfQuickAssistProcessor;
import org.jixiao.dsl.ui.quickfix.PerfQuickFixes;
import org.jixiao.dsl.ui.reconciler.PerfReconcilingStrategy;

/** What the platform's text editor needs to know about the .perf language; every service comes from the language. */
public class PerfSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Pause after typing before the document is checked. */
	static final int RECONCILE_DELAY_MS = 400;

	private final PerfEditor editor;

	public PerfSourceViewerConfiguration(PerfEditor editor) {
		super(EditorsUI.getPreferenceStore());
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return PerfPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return PerfPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(PerfPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(
				new PerfTokenScanner(new PerfTokenClasses(PerfUiInjector.get())));
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		whole(reconciler, PerfPartitions.COMMENT, PerfStyles.of(PerfTokenClasses.COMMENT));
		whole(reconciler, PerfPartitions.STRING, PerfStyles.of(PerfTokenClasses.STRING));
		return reconciler;
	}

	/** A partition coloured as one piece. */
	private static void whole(PresentationReconciler reconciler, String partition, TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(repairer, partition);
		reconciler.setRepairer(repairer, partition);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new PerfReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(PerfPartitions.PARTITIONING);
		PerfContentAssistProcessor processor = new PerfContentAssistProcessor(editor::liveResource,
				new PerfProposalComputer(PerfUiInjector.get()));
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.enableAutoInsert(false);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new PerfQuickAssistProcessor(editor::liveResource, editor::annotationModel,
				new PerfQuickFixes(PerfUiInjector.get())));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	/** Pop-ups beside content assist and quick fix, and hovers: wrapped to a readable width, kept on the screen. */
	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
		return PerfInformationControl.creator();
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new PerfTextHover(editor::liveResource, editor::annotationModel, new PerfHoverText(PerfUiInjector.get()));
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
		return new DefaultAnnotationHover(true);
	}

	@Override
	public IContentFormatter getContentFormatter(ISourceViewer sourceViewer) {
		return new PerfContentFormatter(editor::liveResource, PerfUiInjector.getInstance(PerfDocumentFormatter.class),
				editor::reportSyntaxErrorsBeforeFormat);
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { PerfToggleComment.PREFIX, "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "\t", "" };
	}
}
