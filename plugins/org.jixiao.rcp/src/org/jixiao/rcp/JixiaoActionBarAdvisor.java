// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus and tool bar of the main window with Chinese labels. The workbench's own actions are
 * used (their key bindings and enablement), relabelled from {@link JixiaoMessages}; the standard
 * group markers stay so that editors and the Jixiao commands contribute where Eclipse users expect.
 */
public class JixiaoActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchWindow window;
	private IWorkbenchAction newWizard;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;

	public JixiaoActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		this.window = window;
		newWizard = make(ActionFactory.NEW, JixiaoMessages.actionNewWizard);
		close = make(ActionFactory.CLOSE, JixiaoMessages.actionClose);
		closeAll = make(ActionFactory.CLOSE_ALL, JixiaoMessages.actionCloseAll);
		save = make(ActionFactory.SAVE, JixiaoMessages.actionSave);
		saveAll = make(ActionFactory.SAVE_ALL, JixiaoMessages.actionSaveAll);
		importWizard = make(ActionFactory.IMPORT, JixiaoMessages.actionImport);
		exportWizard = make(ActionFactory.EXPORT, JixiaoMessages.actionExport);
		quit = make(ActionFactory.QUIT, JixiaoMessages.actionQuit);
		undo = make(ActionFactory.UNDO, JixiaoMessages.actionUndo);
		redo = make(ActionFactory.REDO, JixiaoMessages.actionRedo);
		cut = make(ActionFactory.CUT, JixiaoMessages.actionCut);
		copy = make(ActionFactory.COPY, JixiaoMessages.actionCopy);
		paste = make(ActionFactory.PASTE, JixiaoMessages.actionPaste);
		delete = make(ActionFactory.DELETE, JixiaoMessages.actionDelete);
		selectAll = make(ActionFactory.SELECT_ALL, JixiaoMessages.actionSelectAll);
		find = make(ActionFactory.FIND, JixiaoMessages.actionFind);
		resetPerspective = make(ActionFactory.RESET_PERSPECTIVE, JixiaoMessages.actionResetPerspective);
		preferences = make(ActionFactory.PREFERENCES, JixiaoMessages.actionPreferences);
		about = make(ActionFactory.ABOUT, JixiaoMessages.actionAbout);
	}

	private IWorkbenchAction make(ActionFactory factory, String label) {
		IWorkbenchAction action = factory.create(window);
		action.setText(label);
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(JixiaoMessages.menuFile, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(JixiaoMessages.menuNew, ActionFactory.NEW.getId());
		// the shortlist ends with its own Other… (the wizard dialog): adding ours showed it twice
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(importWizard);
		menu.add(exportWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(JixiaoMessages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(JixiaoMessages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager(JixiaoMessages.menuShowView, "showView");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(views);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(JixiaoMessages.menuHelp, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(about);
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		file.add(newWizard);
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
