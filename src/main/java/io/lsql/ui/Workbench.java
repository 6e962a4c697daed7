package io.lsql.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.lsql.core.connect.ProfileStore;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.report.ReportService;
import io.lsql.core.schema.SchemaService;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.ui.browser.BrowserView;
import io.lsql.ui.browser.BrowserViewModel;
import io.lsql.ui.common.FxTaskRunner;
import io.lsql.ui.connect.ConnectionsView;
import io.lsql.ui.connect.ConnectionsViewModel;
import io.lsql.ui.crud.CrudView;
import io.lsql.ui.crud.CrudViewModel;
import io.lsql.core.sql.QueryHistory;
import io.lsql.ui.editor.SqlEditorView;
import io.lsql.ui.editor.SqlEditorViewModel;
import io.lsql.ui.reports.ReportsView;
import io.lsql.ui.reports.ReportsViewModel;
import io.lsql.ui.patterns.CoreProposals;
import io.lsql.ui.patterns.MigrateHandoff;
import io.lsql.ui.patterns.PatternsView;
import io.lsql.ui.patterns.PatternsViewModel;
import io.lsql.ui.patterns.ProposalPanel;
import io.lsql.ui.patterns.ProposalViewModel;
import io.lsql.ui.shell.MainView;
import io.lsql.ui.wizard.WizardView;
import io.lsql.ui.wizard.WizardViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;

/** Builds the workbench's scene from its parts: the composition shared by the app and the UI tests. */
public final class Workbench {

    private final AppState state = new AppState();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final ConnectionsViewModel connections;
    private final BrowserViewModel browser;
    private final SqlEditorViewModel sql;
    private final SqlEditorView sqlView;
    private final WizardViewModel wizard;
    private final CrudViewModel crud;
    private final MainView main;
    private final ReportsViewModel reports;
    private final PatternsViewModel patterns;
    private final ProposalViewModel proposal;
    private final Preferences preferences;
    private final Scene scene;

    public Workbench(ProfileStore profiles, Path sandboxDir, Preferences preferences) {
        this(profiles, sandboxDir, preferences, QueryHistory.inUserHome());
    }

    public Workbench(ProfileStore profiles, Path sandboxDir, Preferences preferences, QueryHistory history) {
        this.preferences = preferences;
        connections = new ConnectionsViewModel(state, tasks, new ProfileBook(profiles), new ConnectionSession());
        browser = new BrowserViewModel(state, tasks, new SchemaService(), new DesignService());
        sql = new SqlEditorViewModel(state, tasks, history);
        wizard = new WizardViewModel(state, tasks, new DesignService(), preferences);
        sqlView = new SqlEditorView(sql, browser::reload, this::migrateQuery);
        crud = new CrudViewModel(state, tasks, new DesignService());
        crud.plan.bind(wizard.plan);
        main = new MainView(state, tasks, new ConnectionsView(connections, sandboxDir), new BrowserView(browser), sqlView,
                new CrudView(crud), new WizardView(wizard), this::toggleTheme);
        scene = new Scene(main, 1400, 900);
        scene.getStylesheets().add(Workbench.class.getResource("app.css").toExternalForm());
        applyTheme(preferences.getBoolean("dark", false));
        reports = new ReportsViewModel(state, tasks, new ReportService(new DesignService(), Clock.systemUTC()), wizard.plan);
        main.addPane(MainView.Pane.REPORTS, new ReportsView(reports));
        patterns = new PatternsViewModel(state, tasks, new PatternHarvester());
        proposal = new ProposalViewModel(state, tasks, new CoreProposals(new DesignService()), patterns.patterns, migrateHandoff());
        main.addPane(MainView.Pane.PATTERNS, new PatternsView(patterns, new ProposalPanel(proposal)));
        shortcuts();
        state.schemaProperty().addListener((o, old, schema) -> {
            if (schema != null && old == null) {
                main.show(MainView.Pane.BROWSER);
            }
        });
    }

    private void shortcuts() {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.CONNECTIONS));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.BROWSER));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.SQL));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.MIGRATE));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.CRUD));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.REPORTS));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN), () -> main.show(MainView.Pane.PATTERNS));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), sql::cancel);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), browser::reload);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), browser::reload);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), connections::testMySql);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::toggleTheme);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (sqlView.getScene() != null && sqlView.getParent() != null) {
                sqlView.showFind();
                return;
            }
            main.show(MainView.Pane.BROWSER);
            javafx.scene.Node filter = scene.lookup("#browser-filter");
            if (filter != null) {
                filter.requestFocus();
            }
        });
    }

    /** "Use in Migrate" in the Patterns pane: the Migrate pane takes the candidate's plan and shows it. */
    private MigrateHandoff migrateHandoff() {
        return new MigrateHandoff() {
            @Override
            public PlanBuilder.Request request() {
                return wizard.planRequest();
            }

            @Override
            public boolean use(Plan plan, String note) {
                boolean taken = wizard.adopt(plan, note);
                main.show(MainView.Pane.MIGRATE);
                return taken;
            }
        };
    }

    /** "Migrate this query…" in the SQL editor: the Migrate pane with the query on its Objects page. */
    private void migrateQuery(String table, String query) {
        wizard.addQuery(table, query);
        main.show(MainView.Pane.MIGRATE);
    }

    private void toggleTheme() {
        boolean dark = !preferences.getBoolean("dark", false);
        preferences.putBoolean("dark", dark);
        applyTheme(dark);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Connects every pane to a running sandbox and opens the browser on app_db. */
    public void useSandbox(SandboxInfo info) {
        connections.useSandbox(info);
    }

    public void startSandbox(Path dir) {
        connections.startSandbox(dir);
    }

    /** On exit: stops background work, a sandbox started from the Connections pane, and the SSH tunnel. */
    public void close() {
        wizard.run.cancelAll();
        tasks.cancelAll();
        sql.cancel();
        crud.close();
        connections.shutdown();
    }

    public Scene scene() {
        return scene;
    }

    public SqlEditorView sqlView() {
        return sqlView;
    }

    public SqlEditorViewModel sql() {
        return sql;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public CrudViewModel crud() {
        return crud;
    }

    public MainView main() {
        return main;
    }

    public AppState state() {
        return state;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    public PatternsViewModel patterns() {
        return patterns;
    }

    public BrowserViewModel browser() {
        return browser;
    }

    public ProposalViewModel proposal() {
        return proposal;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public static Path defaultSandboxDir() {
        return Sandbox.defaultDir();
    }
}
