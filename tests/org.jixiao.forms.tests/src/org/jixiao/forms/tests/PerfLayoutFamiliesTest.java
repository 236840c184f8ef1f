// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayoutReader;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Form;
import org.jixiao.model.PerfFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout families: {@code --layout FAMILY} picks the family's layout of each form kind. */
class PerfLayoutFamiliesTest {

	private static final PerfFactory CREATE = PerfFactory.eINSTANCE;

	@Test
	void theCentralSelfEvaluationIsInTheNationalFamilyAndNamesItsScoringProfile() {
		PerfLayouts layouts = PerfLayouts.builtin();
		PerfLayout central = layouts.get("central-project-selfeval");
		assertThat(central.kind()).isEqualTo(PerfFormKind.PROJECT_SELFEVAL);
		assertThat(central.family()).isEqualTo("national");
		assertThat(central.scoring()).isEqualTo("central");
		assertThat(central.region()).contains("财预〔2020〕10号");
		assertThat(layouts.families()).contains("national");
		assertThat(layouts.ofFamily("national", PerfFormKind.PROJECT_SELFEVAL)).isSameAs(central);
		// every shipped layout says whose form it is
		assertThat(layouts.all()).allSatisfy(l -> assertThat(l.region()).as(l.name()).isNotBlank());
	}

	@Test
	void aFamilyPicksItsLayoutPerFormKindAndLeavesTheOtherKindsTheirDefault(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("my-department.layout"), """
				layout my-department
				form department
				family myregion
				widths 10 10 10
				block title
				""");
		Files.writeString(dir.resolve("my-selfeval.layout"), """
				layout my-selfeval
				form project-selfeval
				family myregion
				widths 10 10 10
				block title
				""");
		PerfLayouts layouts = PerfLayouts.builtin().withDirectory(dir);

		assertThat(layouts.families()).containsSubsequence("national", "myregion");
		assertThat(layouts.choose(CREATE.createDepartmentDeclaration(), "myregion").name()).isEqualTo("my-department");
		assertThat(layouts.choose(CREATE.createProjectSelfEvaluation(), "myregion").name()).isEqualTo("my-selfeval");
		assertThat(layouts.choose(CREATE.createProjectTable(), "myregion").name()).isEqualTo(PerfLayouts.defaultFor(PerfFormKind.PROJECT));
		assertThat(layouts.choose(CREATE.createProjectSelfEvaluation(), "national").name()).isEqualTo("central-project-selfeval");
		// the form's own layout still comes first
		Form named = CREATE.createProjectSelfEvaluation();
		named.setLayout("wuhan2020-selfeval");
		assertThat(layouts.choose(named, "national").name()).isEqualTo("wuhan2020-selfeval");
	}

	@Test
	void aSingleLayoutNameStillAppliesToItsKindOnly() {
		PerfLayouts layouts = PerfLayouts.builtin();
		assertThat(layouts.choose(CREATE.createProjectSelfEvaluation(), "central-project-selfeval").name())
				.isEqualTo("central-project-selfeval");
		assertThat(layouts.choose(CREATE.createDepartmentSelfEvaluation(), "central-project-selfeval").name())
				.isEqualTo("wuhan2020-department-selfeval");
	}

	@Test
	void anUnknownNameListsTheLayoutsAndTheFamilies() {
		PerfLayouts layouts = PerfLayouts.builtin();
		assertThat(layouts.knows("national")).isTrue();
		assertThat(layouts.knows("hunan2020")).isTrue();
		assertThat(layouts.knows("nosuch")).isFalse();
		assertThat(layouts.unknown("nosuch")).startsWith("未知版式“nosuch”。可用的版式：wuhan2020、hunan2020")
				.contains("central-project-selfeval").contains("；版式系列：national").contains("jixiao layouts");
	}

	@Test
	void aFamilyOrProfileNameIsOneWord() {
		assertThatThrownBy(() -> PerfLayoutReader.read("layout x\nform project\nfamily 国家 标准\nwidths 10\n", "x.layout"))
				.isInstanceOf(PerfLayoutException.class)
				.hasMessage("x.layout:3: 版式文件有误：family 后应为一个名称（不含空白），却是“国家 标准”");
	}
}
