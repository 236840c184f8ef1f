// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

import com.google.common.collect.Maps;

/**
 * Xtext's resource validator, except that each finding becomes an {@link Issue} the moment a rule
 * reports it, while the objects and nodes it names are still in the processor's cache. Xtext
 * collects every finding first and converts them after the walk over the whole model, when each
 * conversion (line and column, the object's URI) fetches them from memory again; on a large file
 * that cost about as much as the rules (docs/benchmarks.md). Issues, their order and the options
 * handed to the rules are Xtext's.
 */
public class PerfResourceValidator extends ResourceValidatorImpl {

	private static final Logger LOG = Logger.getLogger(PerfResourceValidator.class);

	@Override
	protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor,
			IAcceptor<Issue> acceptor) {
		try {
			Map<Object, Object> options = Maps.newHashMap();
			options.put(CheckMode.KEY, mode);
			options.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
			// As Xtext: a model parsed from the text complies with the concrete syntax, or there are syntax errors.
			options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
			options.put(EValidator.class, getDiagnostician());
			if (resource instanceof XtextResource xtext) {
				options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, xtext.getLanguageName());
			}
			getDiagnostician().validate(element, new ConvertingChain(acceptor), options);
		} catch (RuntimeException e) {
			// As Xtext: a failing rule is logged and the findings made so far are kept.
			getOperationCanceledManager().propagateAsErrorIfCancelException(e);
			LOG.error(e.getMessage(), e);
		}
	}

	/** A diagnostic chain that hands each finding on as an issue instead of keeping it. */
	private final class ConvertingChain extends BasicDiagnostic {
		private final IAcceptor<Issue> acceptor;

		ConvertingChain(IAcceptor<Issue> acceptor) {
			this.acceptor = acceptor;
		}

		@Override
		public void add(Diagnostic diagnostic) {
			issueFromEValidatorDiagnostic(diagnostic, acceptor);
		}

		@Override
		public void addAll(Diagnostic diagnostic) {
			for (Diagnostic child : diagnostic.getChildren()) {
				add(child);
			}
		}
	}
}
