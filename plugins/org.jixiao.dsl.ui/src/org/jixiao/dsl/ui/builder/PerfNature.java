// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The .perf project nature: a project that has it is built by {@link PerfBuilder} (every .perf file
 * validated into the Problems view, the forms of a saved file regenerated).
 */
public class PerfNature implements IProjectNature {

	public static final String ID = "org.jixiao.dsl.ui.perfNature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		if (commands.stream().anyMatch(c -> PerfBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(PerfBuilder.ID);
		commands.add(command);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = Arrays.stream(description.getBuildSpec())
				.filter(c -> !PerfBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	/** Adds the nature (and with it the builder) to a project, if it does not have it yet. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, monitor);
	}
}
