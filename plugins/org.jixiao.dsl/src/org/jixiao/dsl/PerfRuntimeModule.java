// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;

import org.jixiao.dsl.conversion.PerfValueConverters;
import org.jixiao.dsl.documentation.PerfDocumentationProvider;
import org.jixiao.dsl.linking.PerfLinkingDiagnosticMessageProvider;
import org.jixiao.dsl.naming.PerfQualifiedNameProvider;
import org.jixiao.dsl.parser.PerfAstFactory;
import org.jixiao.dsl.parser.PerfSyntaxErrorMessageProvider;
import org.jixiao.dsl.resource.PerfEncodingProvider;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.resource.PerfResourceDescriptionStrategy;
import org.jixiao.dsl.scoping.PerfGlobalScopeProvider;
import org.jixiao.dsl.serializer.PerfEnumLiteralSerializer;
import org.jixiao.dsl.serializer.PerfSequencer;
import org.jixiao.dsl.validation.PerfConfigurableIssueCodesProvider;
import org.jixiao.dsl.validation.PerfIssueSeveritiesProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the .perf language runtime. */
public class PerfRuntimeModule extends AbstractPerfRuntimeModule {

	/** Reads a file's bytes through PerfTextDecoder: UTF-8 with or without BOM, GB18030 with a warning. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PerfResource.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PerfValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PerfQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return PerfGlobalScopeProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return PerfDocumentationProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PerfSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return PerfLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return PerfConfigurableIssueCodesProvider.class;
	}

	public Class<? extends IssueSeveritiesProvider> bindIssueSeveritiesProvider() {
		return PerfIssueSeveritiesProvider.class;
	}

	/**
	 * EMF's generic constraint checks (multiplicities, proxies) repeat what the parser and the
	 * linker already report and cost as much as all .perf rules together (docs/benchmarks.md).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return PerfResourceDescriptionStrategy.class;
	}

	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.to(PerfEncodingProvider.class);
	}

	/** The parser keeps each comparator's spelling beside its value (PerfAstFactory). */
	@Override
	public Class<? extends IAstFactory> bindIAstFactory() {
		return PerfAstFactory.class;
	}

	/** The writer prints a rank as it was written, 前25名 or 25名之前 (PerfSequencer). */
	@Override
	public Class<? extends ISemanticSequencer> bindISemanticSequencer() {
		return PerfSequencer.class;
	}

	/** The writer prints a comparator as it was written (PerfEnumLiteralSerializer). */
	public Class<? extends IEnumLiteralSerializer> bindIEnumLiteralSerializer() {
		return PerfEnumLiteralSerializer.class;
	}
}
