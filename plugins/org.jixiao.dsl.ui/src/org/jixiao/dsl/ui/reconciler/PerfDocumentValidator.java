// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validation as you type: the language's own validator (syntax, linking and every review rule, as
 * {@code jixiao validate} runs it) on the document's live resource; and, before it, the quick check
 * of the elements an edit changed ({@link PerfQuickValidation}). Cancelled when the text changes
 * again; the caller then drops the result.
 */
public final class PerfDocumentValidator {

	private final IResourceValidator validator;
	private final PerfQuickValidation quick;
	private final OperationCanceledManager cancelManager;

	public PerfDocumentValidator(Injector injector) {
		validator = injector.getInstance(IResourceValidator.class);
		quick = new PerfQuickValidation(injector.getInstance(PerfElementValidator.class));
		cancelManager = injector.getInstance(OperationCanceledManager.class);
	}

	/**
	 * The problems of the elements changed since {@code base}, with the base's problems elsewhere
	 * ({@link PerfQuickValidation}); {@code null} when cancelled or when only the complete validation
	 * can answer.
	 */
	public PerfQuickValidation.Result validateChanged(PerfLiveResource live, PerfQuickValidation.Base base,
			CancelIndicator cancel) {
		return live.read(resource -> validateChanged(resource, base, cancel));
	}

	/** {@link #validateChanged(PerfLiveResource, PerfQuickValidation.Base, CancelIndicator)} inside {@link PerfLiveResource#read}. */
	public PerfQuickValidation.Result validateChanged(XtextResource resource, PerfQuickValidation.Base base,
			CancelIndicator cancel) {
		try {
			return quick.validate(resource, base, cancel);
		} catch (RuntimeException e) {
			if (cancelManager.isOperationCanceledException(e)) {
				return null;
			}
			throw e;
		}
	}

	/** The document's issues, or {@code null} when cancelled. */
	public List<Issue> validate(PerfLiveResource live, CancelIndicator cancel) {
		return live.read(resource -> validate(resource, cancel));
	}

	/** The issues of a resource, or {@code null} when cancelled. Call it inside {@link PerfLiveResource#read}. */
	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		try {
			return validator.validate(resource, CheckMode.ALL, cancel);
		} catch (RuntimeException e) {
			if (cancelManager.isOperationCanceledException(e)) {
				return null;
			}
			throw e;
		}
	}
}
