// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.builder.PerfBuilder;
import org.jixiao.dsl.ui.builder.PerfNature;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.jixiao.dsl.ui.wizard.PerfExamples;
import org.jixiao.dsl.ui.wizard.PerfNewFileWizard;
import org.jixiao.dsl.ui.wizard.PerfNewProjectWizard;
import org.jixiao.dsl.ui.wizard.PerfTemplate;
import org.jixiao.dsl.ui.wizard.PerfWizardMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The new-file wizard's templates make valid forms; the new-project wizard makes a .perf project. */
class PerfWizardsTest {

	private IProject project;
	private WizardDialog dialog;

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@ParameterizedTest
	@EnumSource(PerfTemplate.class)
	void everyTemplateMakesAFileWithoutErrorsOrWarnings(PerfTemplate template) throws Exception {
		project = PerfUiTestSupport.project("wizard-file");
		PerfNewFileWizard wizard = new PerfNewFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.page().setTemplate(template);
		// a unit name with quotes must still give a valid string
		wizard.page().setUnit("武汉市洪山区\"示例\"单位");

		assertThat(wizard.performFinish()).isTrue();

		int year = LocalDate.now().getYear() + (template == PerfTemplate.SELF_EVALUATION ? -1 : 1);
		IFile file = project.getFile(year + "-" + switch (template) {
		case DEPARTMENT -> "部门整体支出绩效目标申报表";
		case PROJECT -> "项目支出绩效目标表";
		case SELF_EVALUATION -> "项目支出绩效自评表";
		} + ".perf");
		assertThat(file.exists()).as(file.getFullPath().toString()).isTrue();
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(text).contains("year " + year).contains("武汉市洪山区\\\"示例\\\"单位");

		List<Issue> issues = validate(file);
		assertThat(issues).as(issues.toString())
				.noneMatch(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING);
		// the new file is open in the .perf editor
		assertThat(PerfUiTestSupport.page().getActiveEditor().getSite().getId()).isEqualTo("org.jixiao.dsl.ui.PerfEditor");
	}

	@Test
	void newProjectHasTheNatureAndTheExamples() throws Exception {
		PerfNewProjectWizard wizard = new PerfNewProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.page().setInitialProjectName("绩效-2026");
		wizard.page().setIncludeExamples(true);
		// the name typed into the page's own field
		setProjectName(wizard, "绩效-2026");

		assertThat(wizard.performFinish()).isTrue();

		project = ResourcesPlugin.getWorkspace().getRoot().getProject("绩效-2026");
		assertThat(project.isOpen()).isTrue();
		assertThat(project.hasNature(PerfNature.ID)).isTrue();
		assertThat(Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName))
				.containsExactly(PerfBuilder.ID);
		assertThat(project.getDefaultCharset()).isEqualTo("UTF-8");

		// the examples, byte for byte those of the repository's examples/
		List<String> expected;
		try (Stream<Path> files = Files.list(PerfUiTestSupport.examplesDir())) {
			expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".perf")).sorted().toList();
		}
		var folder = project.getFolder(PerfWizardMessages.newProjectExamplesFolder);
		assertThat(Arrays.stream(folder.members()).map(r -> r.getName()).sorted().toList()).isEqualTo(expected);
		for (String name : expected) {
			assertThat(folder.getFile(name).getContents().readAllBytes()).as(name)
					.isEqualTo(Files.readAllBytes(PerfUiTestSupport.examplesDir().resolve(name)));
		}
	}

	@Test
	void bundledExamplesAreTheRepositorysExamples() throws IOException {
		List<URL> bundled = PerfExamples.files();
		List<String> expected;
		try (Stream<Path> files = Files.list(PerfUiTestSupport.examplesDir())) {
			expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".perf")).sorted().toList();
		}
		assertThat(bundled.stream().map(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1)).toList())
				.isEqualTo(expected);
		for (URL example : bundled) {
			String name = example.getPath().substring(example.getPath().lastIndexOf('/') + 1);
			try (var in = example.openStream()) {
				assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(PerfUiTestSupport.examplesDir().resolve(name)));
			}
		}
	}

	/** The page's project name field, as typed. */
	private static void setProjectName(PerfNewProjectWizard wizard, String name) {
		org.eclipse.swt.widgets.Text text = findText((org.eclipse.swt.widgets.Composite) wizard.page().getControl());
		text.setText(name);
	}

	private static org.eclipse.swt.widgets.Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Text found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Parses and validates with the language's own resource factory and validator. */
	private static List<Issue> validate(IFile file) throws IOException {
		XtextResourceSet resourceSet = PerfUiInjector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("perf",
				PerfUiInjector.getInstance(IResourceFactory.class));
		Resource resource = resourceSet.createResource(URI.createFileURI(file.getLocation().toOSString()));
		resource.load(java.util.Map.of(org.eclipse.xtext.resource.XtextResource.OPTION_ENCODING, "UTF-8"));
		return PerfUiInjector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}
}
